// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: VCardReader and the vCard path of ClientListReader must never crash, hang or
// grow without bound, whatever the bytes. Built by tests/fuzz/CMakeLists.txt (RAPPORT_FUZZ).
#include "io/ClientListReader.h"
#include "io/VCardReader.h"

#include <QBuffer>

using namespace rapport::io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        VCardLimits limits;
        limits.chunkBytes = 7; // lines and CRLF split across reads
        limits.maxLineBytes = 8192;
        limits.maxCardBytes = 16384;
        VCardReader reader(&buffer, limits);
        VCard card;
        while (reader.next(card)) {
            const ImportRecord record = ClientListReader::fromVCard(card);
            if (record.name.isEmpty() && record.problems.isEmpty())
                __builtin_trap();
        }
        if (reader.error() && reader.error()->message.isEmpty())
            __builtin_trap();
    }
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const auto result = ClientListReader::readAll(&buffer, ImportFormat::VCard);
        if (!result.ok() && result.error().message.isEmpty())
            __builtin_trap();
    }
    return 0;
}
