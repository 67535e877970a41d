// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: CsvReader and the CSV path of ClientListReader must never crash, hang or
// grow without bound, whatever the bytes. Built by tests/fuzz/CMakeLists.txt (RAPPORT_FUZZ).
#include "io/ClientListReader.h"
#include "io/CsvReader.h"

#include <QBuffer>

using namespace rapport::io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the chunk size, so quotes and CRLF land on chunk boundaries.
    const int chunk = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvLimits limits;
        limits.chunkBytes = chunk;
        limits.maxFieldBytes = 4096;
        limits.maxColumns = 64;
        CsvReader reader(&buffer, limits);
        CsvRecord record;
        int previousLine = 0;
        while (reader.next(record)) {
            if (record.line < previousLine || record.fields.isEmpty() || record.fields.size() > 64)
                __builtin_trap();
            previousLine = record.line;
        }
        if (reader.error() && reader.error()->message.isEmpty())
            __builtin_trap();
    }
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const auto result = ClientListReader::readAll(&buffer, ImportFormat::Csv);
        if (!result.ok() && result.error().message.isEmpty())
            __builtin_trap();
    }
    return 0;
}
