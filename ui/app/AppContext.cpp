// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppContext.h"

#include <QTimeZone>

namespace rapport::ui {

AppContext::AppContext(storage::Database& db, const domain::Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_clients(db, clock), m_consents(db, clock), m_contacts(db, clock),
      m_settings(db), m_composer(db, clock), m_raises(db, clock), m_appointments(db, clock)
{
    reloadPractice();
}

domain::Status AppContext::savePractice(const domain::PracticeSettings& settings)
{
    if (auto e = m_settings.save(settings))
        return e;
    reloadPractice();
    emit practiceChanged();
    return std::nullopt;
}

void AppContext::reloadPractice()
{
    auto loaded = m_settings.load();
    m_practice = loaded ? loaded.value() : domain::PracticeSettings();
}

QString AppContext::currentUser() const
{
    if (!m_practice.practitioner.trimmed().isEmpty())
        return m_practice.practitioner.trimmed();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

void AppContext::notifyClientChanged(qint64 id)
{
    if (id != 0)
        emit clientChanged(id);
}

QTimeZone AppContext::practiceZone() const
{
    const QTimeZone z(m_practice.timeZone.toUtf8());
    return z.isValid() ? z : QTimeZone::systemTimeZone();
}

} // namespace rapport::ui
