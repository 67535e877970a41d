// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/FirstRunDialog.h"

#include "app/AppContext.h"
#include "app/SamplePractice.h"
#include "common/FieldErrors.h"
#include "common/Icons.h"
#include "common/Pickers.h"
#include "settings/HoursEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rapport::ui {

FirstRunDialog::FirstRunDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_name(new QLineEdit(this)), m_practitioner(new QLineEdit(this)),
      m_country(Pickers::countryCombo(this)), m_timeZone(Pickers::timeZoneCombo(this)), m_hours(new HoursEditor(this)),
      m_sample(new QCheckBox(tr("Load a &sample practice: a few made-up clients with consents and messages, to try "
                                "everything"),
                             this)),
      m_generalError(FieldErrors::makeLabel(this))
{
    setWindowTitle(tr("Welcome to Rapport"));
    setWindowIcon(Icons::icon(QStringLiteral("rapport")));
    m_errors = std::make_unique<FieldErrors>(m_generalError);
    auto* intro = new QLabel(tr("<h3>Welcome</h3><p>A few details about your practice, so messages can name it "
                                "and timing advice follows your hours. You can change all of this later in "
                                "Settings.</p>"),
                             this);
    intro->setWordWrap(true);
    const domain::PracticeSettings& s = context.practice();
    m_name->setText(s.practiceName);
    m_name->setPlaceholderText(tr("e.g. Harbour Street Osteopathy"));
    m_practitioner->setText(s.practitioner);
    m_practitioner->setPlaceholderText(tr("Your name, as clients know you"));
    const QString systemCountry = QLocale::territoryToCode(QLocale::system().territory());
    Pickers::setCountry(m_country, s.practiceName.isEmpty() && systemCountry.size() == 2 ? systemCountry : s.country);
    QString zone = s.timeZone;
    if (s.practiceName.isEmpty()) {
        // Offer the system's zone when the settings accept it (some systems report "Etc/UTC").
        domain::PracticeSettings probe = s;
        const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        if (services::SettingsService::apply(probe, QStringLiteral("time-zone"), system))
            zone = system;
    }
    Pickers::setTimeZone(m_timeZone, zone);
    m_hours->setHours(s.hours);

    auto* form = new QFormLayout;
    const QVector<FieldErrors::Field> fields{
        {m_name, {QStringLiteral("practice-name")}, tr("Practice &name:")},
        {m_practitioner, {QStringLiteral("practitioner")}, tr("&Your name:")},
        {m_country, {QStringLiteral("country")}, tr("&Country:")},
        {m_timeZone, {QStringLiteral("time-zone")}, tr("&Time zone:")},
        {m_hours, {QStringLiteral("hours")}, tr("&Hours:"), m_hours->dayCheck(1)},
    };
    m_errors->addRows(form, fields);
    m_sample->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("St&art"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    auto* v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addLayout(form);
    v->addWidget(m_sample);
    v->addWidget(m_generalError);
    v->addWidget(buttons);
}

FirstRunDialog::~FirstRunDialog() = default;

QString FirstRunDialog::fieldError(const QString& field) const
{
    return m_errors->message(field);
}

void FirstRunDialog::accept()
{
    m_errors->clear();
    if (m_name->text().trimmed().isEmpty()) {
        m_errors->show(QStringLiteral("practice-name"),
                       tr("Practice name: clients see it in messages, so it cannot be empty."));
        return;
    }
    if (const QString e = m_hours->validationError(); !e.isEmpty()) {
        m_errors->show(QStringLiteral("hours"), e);
        return;
    }
    domain::PracticeSettings s = m_context.practice();
    s.practiceName = m_name->text().trimmed();
    s.practitioner = m_practitioner->text().trimmed();
    s.country = Pickers::country(m_country);
    s.timeZone = Pickers::timeZone(m_timeZone);
    s.hours = m_hours->hours();
    if (auto e = m_context.savePractice(s)) {
        m_errors->show(e->field, e->message);
        return;
    }
    if (m_sample->isChecked()) {
        auto n = SamplePractice::load(m_context);
        if (!n) {
            m_errors->show(QString(), tr("The sample practice could not be loaded: %1").arg(n.error().message));
            return;
        }
        m_loaded = n.value();
    }
    QDialog::accept();
}

} // namespace rapport::ui
