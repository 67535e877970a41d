// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace rapport::domain {

/// Time is injected: the domain never reads the clock. Services take a Clock; tests fix it.
class Clock {
public:
    virtual ~Clock() = default;
    /// The current instant, in UTC.
    virtual QDateTime now() const = 0;
};

/// A clock that says what it is told: for tests and for "what if I sent it at ..." questions.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceSecs(qint64 s) { m_at = m_at.addSecs(s); }

private:
    QDateTime m_at;
};

} // namespace rapport::domain
