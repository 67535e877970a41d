// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Appointment.h"

namespace rapport::domain {

namespace {
const std::pair<AppointmentStatus, const char*> kStatuses[] = {{AppointmentStatus::Booked, "booked"},
                                                               {AppointmentStatus::Cancelled, "cancelled"},
                                                               {AppointmentStatus::Attended, "attended"},
                                                               {AppointmentStatus::NoShow, "no-show"}};
} // namespace

QString toString(AppointmentStatus s)
{
    for (const auto& [value, name] : kStatuses)
        if (value == s)
            return QString::fromLatin1(name);
    return {};
}

std::optional<AppointmentStatus> appointmentStatusFromString(const QString& s)
{
    for (const auto& [value, name] : kStatuses)
        if (s == QLatin1String(name))
            return value;
    return std::nullopt;
}

QVector<AppointmentStatus> allAppointmentStatuses()
{
    QVector<AppointmentStatus> out;
    for (const auto& entry : kStatuses)
        out.push_back(entry.first);
    return out;
}

} // namespace rapport::domain
