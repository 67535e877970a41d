// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SaveFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace rapport::io {

domain::Status writeFileAtomically(const QString& path, const std::function<domain::Status(QIODevice*)>& write)
{
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return domain::Error::invalid(
            QCoreApplication::translate("SaveFile", "cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(ownerOnly);
    if (auto error = write(&file)) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return domain::Error::invalid(
            QCoreApplication::translate("SaveFile", "cannot write %1: %2").arg(path, file.errorString()));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if ((QFile::permissions(path) & others) != 0 && !QFile::setPermissions(path, ownerOnly))
        return domain::Error::invalid(
            QCoreApplication::translate("SaveFile", "cannot make %1 private to its owner").arg(path));
    return std::nullopt;
}

} // namespace rapport::io
