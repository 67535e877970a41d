// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Labels.h"

#include "clients/ConsentBadge.h"

#include <QCoreApplication>

namespace rapport::ui {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("rapport::ui::Labels", s); // the context lupdate files Labels:: under
}
} // namespace

QString Labels::scope(domain::Scope s)
{
    return s == domain::Scope::Service ? tr("Service") : tr("Marketing");
}

QString Labels::scopeInSentence(domain::Scope s)
{
    return s == domain::Scope::Service ? tr("service") : tr("marketing");
}

QString Labels::channelInSentence(domain::Channel c)
{
    switch (c) {
    case domain::Channel::Sms:
        return tr("text");
    case domain::Channel::Email:
        return tr("email");
    case domain::Channel::Phone:
        return tr("phone");
    case domain::Channel::InPerson:
        return tr("in person");
    }
    return {};
}

QString Labels::state(domain::ConsentState s)
{
    switch (s) {
    case domain::ConsentState::Granted:
        return tr("Granted");
    case domain::ConsentState::Withdrawn:
        return tr("Withdrawn");
    case domain::ConsentState::Refused:
        return tr("Refused");
    case domain::ConsentState::Imported:
        break;
    }
    return tr("Imported (unverified)");
}

QString Labels::method(const QString& m)
{
    if (m == QLatin1String("written"))
        return tr("Written");
    if (m == QLatin1String("verbal"))
        return tr("Verbal");
    if (m == QLatin1String("online-form"))
        return tr("Online form");
    if (m == QLatin1String("inbound-message"))
        return tr("Client's message");
    if (m == QLatin1String("email"))
        return tr("Email");
    if (m == QLatin1String("phone-call"))
        return tr("Phone call");
    if (m == QLatin1String("imported"))
        return tr("Imported");
    if (m == QLatin1String("other"))
        return tr("Other");
    return m;
}

QString Labels::direction(domain::Direction d)
{
    return d == domain::Direction::Inbound ? tr("From client") : tr("To client");
}

QString Labels::directive(domain::Directive d)
{
    switch (d) {
    case domain::Directive::NoSms:
        return tr("No texts");
    case domain::Directive::NoEmail:
        return tr("No email");
    case domain::Directive::NoPhone:
        return tr("No phone calls");
    case domain::Directive::NoVoicemail:
        return tr("No voicemail");
    case domain::Directive::ClinicalByTextOk:
        return tr("Treatment details by text are fine (client accepted the risk)");
    case domain::Directive::ClinicalByEmailOk:
        break;
    }
    return tr("Treatment details by email are fine (client accepted the risk)");
}

QString Labels::channel(domain::Channel c)
{
    return ConsentBadge::channelName(c);
}

} // namespace rapport::ui
