#include "WeeklyHours.h"

namespace rapport::domain {

WeeklyHours WeeklyHours::defaults()
{
    WeeklyHours h;
    for (int d = 1; d <= 5; ++d)
        h.setDay(d, {{9 * 60, 17 * 60}});
    return h;
}

void WeeklyHours::setDay(int dayOfWeek, QVector<Interval> intervals)
{
    m_days[static_cast<std::size_t>(dayOfWeek - 1)] = std::move(intervals);
}

bool WeeklyHours::isOpen(int dayOfWeek, int minuteOfDay) const
{
    for (const auto& i : day(dayOfWeek))
        if (minuteOfDay >= i.start && minuteOfDay < i.end)
            return true;
    return false;
}

bool WeeklyHours::isEmpty() const
{
    for (const auto& d : m_days)
        if (!d.isEmpty())
            return false;
    return true;
}

} // namespace rapport::domain
