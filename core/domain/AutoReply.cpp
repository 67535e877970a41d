// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AutoReply.h"

#include <QCoreApplication>

namespace rapport::domain {

QString AutoReply::text(const PracticeSettings& settings)
{
    const QString practice = settings.practiceName.trimmed().isEmpty()
                                 ? QCoreApplication::translate("AutoReply", "The practice")
                                 : settings.practiceName.trimmed();
    if (settings.hours.isEmpty())
        return QCoreApplication::translate("AutoReply", "Thanks for your message. I'll reply when I'm next in.");
    return QCoreApplication::translate("AutoReply",
                                       "Thanks for your message. %1 is open %2; I'll reply when I'm next in.")
        .arg(practice, settings.hours.toString());
}

} // namespace rapport::domain
