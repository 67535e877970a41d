// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsDialog.h"

#include "services/AppPaths.h"
#include "services/MedicalVocabularies.h"
#include "services/PhoneNumbers.h"
#include "services/PracticeFile.h"

#include "app/Theme.h"
#include "common/FieldErrors.h"
#include "common/FieldRow.h"
#include "common/Icons.h"
#include "common/Pickers.h"
#include "domain/AutoReply.h"
#include "settings/HoursEditor.h"
#include "settings/LexiconEditor.h"
#include "settings/TimeOffEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <algorithm>

namespace rapport::ui {

SettingsDialog::SettingsDialog(const domain::PracticeSettings& settings, SaveFunction save, QWidget* parent)
    : QDialog(parent), m_original(settings), m_save(std::move(save))
{
    setWindowTitle(tr("Settings"));
    setWindowIcon(Icons::icon(QStringLiteral("settings")));
    m_tabs = new QTabWidget(this);
    m_generalError = FieldErrors::makeLabel(this);
    m_errors = std::make_unique<FieldErrors>(m_generalError, m_tabs);

    m_tabs->addTab(buildPracticePage(), tr("&Practice"));
    m_tabs->addTab(buildHoursPage(), tr("&Hours"));
    m_tabs->addTab(buildTimeOffPage(), tr("&Time off"));
    m_tabs->addTab(buildMessagingPage(), tr("&Messaging"));
    m_tabs->addTab(buildLexiconPage(), tr("&Lexicon"));
    m_tabs->addTab(buildAutoReplyPage(), tr("A&uto-reply"));
    m_tabs->addTab(buildDisplayPage(), tr("&Display"));
    m_tabs->addTab(buildServerPage(), tr("Clinic s&erver"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* v = new QVBoxLayout(this);
    v->addWidget(m_tabs, 1);
    v->addWidget(m_generalError);
    v->addWidget(buttons);

    load(settings);
    connect(m_hours, &HoursEditor::changed, this, &SettingsDialog::refreshAutoReply);
    connect(m_practiceName, &QLineEdit::textChanged, this, &SettingsDialog::refreshAutoReply);
    refreshAutoReply();
    resize(760, 560);
}

SettingsDialog::~SettingsDialog() = default;

QWidget* SettingsDialog::buildDisplayPage()
{
    auto* page = new QWidget(m_tabs);
    m_appearance = new QComboBox(page);
    m_appearance->setObjectName(QStringLiteral("appearance"));
    m_appearance->addItem(tr("As the system"), Theme::toString(Appearance::System));
    m_appearance->addItem(tr("Light"), Theme::toString(Appearance::Light));
    m_appearance->addItem(tr("Dark"), Theme::toString(Appearance::Dark));
    m_appearance->setCurrentIndex(m_appearance->findData(Theme::toString(Theme::stored())));
    m_interfaceLanguage = new QComboBox(page);
    m_interfaceLanguage->setObjectName(QStringLiteral("interfaceLanguage"));
    m_interfaceLanguage->addItem(tr("As the system"), QString());
    m_interfaceLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_interfaceLanguage->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_interfaceLanguage->setCurrentIndex(
        std::max(0, m_interfaceLanguage->findData(QSettings().value(QStringLiteral("interfaceLanguage")).toString())));
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Appearance:"), m_appearance);
    form->addRow(tr("&Interface language:"), m_interfaceLanguage);
    auto* note = new QLabel(tr("Light and Dark use Rapport's own colours on every computer; \"As the system\" "
                               "follows the desktop's. This is a setting of this computer, not of the practice."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    auto* languageNote = new QLabel(tr("The interface language takes effect when Rapport next starts."), page);
    languageNote->setWordWrap(true);
    form->addRow(languageNote);
    return page;
}

QWidget* SettingsDialog::buildServerPage()
{
    auto* page = new QWidget(m_tabs);
    auto* v = new QVBoxLayout(page);
    m_useServer = new QCheckBox(tr("Open the clinic's practice on a PostgreSQL &server"), page);
    m_useServer->setObjectName(QStringLiteral("useServer"));
    v->addWidget(m_useServer);
    auto* form = new QFormLayout;
    m_serverHost = new QLineEdit(page);
    m_serverHost->setObjectName(QStringLiteral("serverHost"));
    m_serverHost->setPlaceholderText(tr("e.g. db.clinic.lan, 192.168.1.10, or a socket folder /run/postgresql"));
    m_serverPort = new QSpinBox(page);
    m_serverPort->setObjectName(QStringLiteral("serverPort"));
    m_serverPort->setRange(1, 65535);
    m_serverPort->setValue(5432);
    m_serverDatabase = new QLineEdit(page);
    m_serverDatabase->setObjectName(QStringLiteral("serverDatabase"));
    m_serverDatabase->setPlaceholderText(tr("e.g. rapport_practice"));
    m_serverUser = new QLineEdit(page);
    m_serverUser->setObjectName(QStringLiteral("serverUser"));
    m_serverUser->setPlaceholderText(tr("this desk's login, e.g. reception"));
    form->addRow(tr("Server &address:"), m_serverHost);
    form->addRow(tr("P&ort:"), m_serverPort);
    form->addRow(tr("Data&base:"), m_serverDatabase);
    form->addRow(tr("Log&in:"), m_serverUser);
    v->addLayout(form);
    m_serverUrl = new QLabel(page);
    m_serverUrl->setObjectName(QStringLiteral("serverUrl"));
    m_serverUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_serverUrl);
    m_serverTest = new QPushButton(tr("Try the &connection"), page);
    m_serverTest->setObjectName(QStringLiteral("serverTest"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_serverTest);
    row->addStretch(1);
    v->addLayout(row);
    m_serverStatus = new QLabel(page);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_serverStatus->setWordWrap(true);
    v->addWidget(m_serverStatus);
    auto* note = new QLabel(tr("The password is never stored here: Rapport (through libpq) reads it from ~/.pgpass "
                               "or the file $PGPASSFILE names. The server is opened when Rapport next starts; "
                               "--db and $RAPPORT_DB still win. This is a setting of this computer, not of the "
                               "practice."),
                            page);
    note->setWordWrap(true);
    v->addWidget(note);
    v->addStretch(1);

    const QUrl current(services::configuredServerUrl());
    if (current.isValid() && !current.isEmpty()) {
        const QUrlQuery query(current);
        m_useServer->setChecked(true);
        m_serverHost->setText(query.hasQueryItem(QStringLiteral("host"))
                                  ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                                  : current.host());
        const int port = query.hasQueryItem(QStringLiteral("port"))
                             ? query.queryItemValue(QStringLiteral("port")).toInt()
                             : current.port(5432);
        m_serverPort->setValue(port);
        m_serverDatabase->setText(current.path(QUrl::FullyDecoded).mid(1));
        m_serverUser->setText(current.userName(QUrl::FullyDecoded));
    }
    for (QLineEdit* e : {m_serverHost, m_serverDatabase, m_serverUser})
        connect(e, &QLineEdit::textChanged, this, &SettingsDialog::refreshServer);
    connect(m_serverPort, &QSpinBox::valueChanged, this, &SettingsDialog::refreshServer);
    connect(m_useServer, &QCheckBox::toggled, this, &SettingsDialog::refreshServer);
    connect(m_serverTest, &QPushButton::clicked, this, [this] {
        const QString url = serverUrl();
        if (url.isEmpty())
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto probed = services::PracticeFile::probeServer(url);
        QApplication::restoreOverrideCursor();
        m_serverStatus->setText(probed ? probed.value() : probed.error().message);
    });
    refreshServer();
    return page;
}

QString SettingsDialog::serverUrl() const
{
    if (!m_useServer->isChecked() || m_serverDatabase->text().trimmed().isEmpty())
        return {};
    const auto encoded = [](const QString& text, const QByteArray& keep = {}) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed(), keep));
    };
    const QString user =
        m_serverUser->text().trimmed().isEmpty() ? QString() : encoded(m_serverUser->text()) + QLatin1Char('@');
    const QString database = encoded(m_serverDatabase->text());
    const QString host = m_serverHost->text().trimmed();
    const int port = m_serverPort->value();
    if (host.startsWith(QLatin1Char('/'))) // a socket folder goes in the query, libpq's way
        return QStringLiteral("postgresql://%1/%2?host=%3&port=%4").arg(user, database, encoded(host, "/")).arg(port);
    const QString name = host.isEmpty()                    ? QStringLiteral("localhost")
                         : host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                                           : encoded(host, ".-");
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(user, name).arg(port).arg(database);
}

void SettingsDialog::refreshServer()
{
    const bool on = m_useServer->isChecked();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_serverHost, m_serverPort, m_serverDatabase, m_serverUser, m_serverTest})
        w->setEnabled(on);
    const QString url = serverUrl();
    m_serverUrl->setText(on ? (url.isEmpty() ? tr("Give the database's name.") : tr("Opens %1").arg(url))
                            : tr("This computer's practice file is used."));
    m_serverStatus->clear();
}

Appearance SettingsDialog::appearance() const
{
    return Theme::fromString(m_appearance->currentData().toString());
}

QWidget* SettingsDialog::buildPracticePage()
{
    auto* page = new QWidget(m_tabs);
    auto* form = new QFormLayout(page);
    m_practiceName = new QLineEdit(page);
    m_practiceName->setPlaceholderText(tr("e.g. Harbour Street Osteopathy"));
    m_practitioner = new QLineEdit(page);
    m_practitioner->setPlaceholderText(tr("Your name, as clients know you"));
    m_country = Pickers::countryCombo(page);
    m_country->setToolTip(tr("Used to read phone numbers written without a country code"));
    m_timeZone = Pickers::timeZoneCombo(page);
    m_businessPhone = new QLineEdit(page);
    m_businessPhone->setPlaceholderText(tr("The number clients may call"));
    m_messageLanguage = new QComboBox(page);
    m_messageLanguage->setObjectName(QStringLiteral("messageLanguage"));
    m_messageLanguage->addItem(tr("The country's"), QString());
    m_messageLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_messageLanguage->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_messageLanguage->setToolTip(tr("The language drafts to clients are read in: the content analyser uses its "
                                     "lexicon and medical vocabulary"));
    const QVector<FieldErrors::Field> fields{
        {m_practiceName, {QStringLiteral("practice-name"), QStringLiteral("practiceName")}, tr("Practice &name:")},
        {m_practitioner, {QStringLiteral("practitioner")}, tr("Pr&actitioner:")},
        {m_country, {QStringLiteral("country")}, tr("&Country:")},
        {m_timeZone, {QStringLiteral("time-zone"), QStringLiteral("timeZone")}, tr("Time &zone:")},
        {m_businessPhone, {QStringLiteral("business-phone"), QStringLiteral("businessPhone")}, tr("&Business phone:")},
        {m_messageLanguage, {QStringLiteral("language")}, tr("Lan&guage of messages:")},
    };
    m_errors->addRows(form, fields);
    return page;
}

QWidget* SettingsDialog::buildHoursPage()
{
    auto* page = new QWidget(m_tabs);
    auto* v = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("When you are available for clients. Messages drafted outside these hours get a "
                                "suggested send time."),
                             page);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_hours = new HoursEditor(page);
    QLabel* err = m_errors->add({QStringLiteral("hours")}, m_hours);
    v->addWidget(m_hours);
    v->addWidget(err);
    v->addStretch(1);
    return page;
}

QWidget* SettingsDialog::buildTimeOffPage()
{
    auto* page = new QWidget(m_tabs);
    auto* v = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Days you are away. Nothing is suggested for sending on these days."), page);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_timeOff = new TimeOffEditor(page);
    QLabel* err = m_errors->add({QStringLiteral("time-off"), QStringLiteral("timeOff")}, m_timeOff);
    v->addWidget(m_timeOff, 1);
    v->addWidget(err);
    return page;
}

QWidget* SettingsDialog::buildMessagingPage()
{
    auto* page = new QWidget(m_tabs);
    auto* form = new QFormLayout(page);
    auto* quiet = new QWidget(page);
    auto* qh = new QHBoxLayout(quiet);
    qh->setContentsMargins(0, 0, 0, 0);
    m_quietFrom = new QTimeEdit(quiet);
    m_quietTo = new QTimeEdit(quiet);
    Pickers::typeOverSections(m_quietFrom);
    Pickers::typeOverSections(m_quietTo);
    m_quietFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietTo->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietFrom->setAccessibleName(tr("Quiet hours start"));
    m_quietTo->setAccessibleName(tr("Quiet hours end"));
    qh->addWidget(m_quietFrom);
    qh->addWidget(new QLabel(QStringLiteral("\u2013"), quiet));
    qh->addWidget(m_quietTo);
    qh->addStretch(1);
    FieldRow* quietRow = FieldRow::addTo(form, tr("Default &quiet hours:"), quiet);
    quietRow->setBuddy(m_quietFrom);
    m_errors->add({QStringLiteral("quiet-hours"), QStringLiteral("quietHours")}, quietRow, m_quietFrom);

    m_windowDays = new QSpinBox(page);
    m_windowDays->setRange(1, 365);
    m_windowDays->setSuffix(tr(" days"));
    m_windowDays->setToolTip(tr("How long a client's own text lets you text back without recorded consent"));
    m_maxSegments = new QSpinBox(page);
    m_maxSegments->setRange(1, 10);
    m_maxSegments->setToolTip(tr("Longer texts are discouraged"));
    m_horizonDays = new QSpinBox(page);
    m_horizonDays->setRange(0, 90);
    m_horizonDays->setSuffix(tr(" days"));
    m_horizonDays->setToolTip(tr("Offer \"raise it at the next appointment\" when it is within this many days"));
    const QVector<FieldErrors::Field> fields{
        {m_windowDays,
         {QStringLiteral("conversation-window-days"), QStringLiteral("conversationWindowDays")},
         tr("Con&versation window:")},
        {m_maxSegments,
         {QStringLiteral("sms-max-segments"), QStringLiteral("smsMaxSegments")},
         tr("Text message &segments, at most:")},
        {m_horizonDays,
         {QStringLiteral("in-person-horizon-days"), QStringLiteral("inPersonHorizonDays")},
         tr("&In-person horizon:")},
    };
    m_errors->addRows(form, fields);
    return page;
}

void SettingsDialog::refreshVocabularyStatus()
{
    const QString language = m_original.messageLanguage();
    services::MedicalVocabularies::preload(language); // started at launch; a no-op then
    const auto st = services::MedicalVocabularies::status(language);
    m_vocabulary->setText(st.ready ? st.summary : tr("The medical vocabulary is still loading."));
    if (!st.ready)
        QTimer::singleShot(200, this, &SettingsDialog::refreshVocabularyStatus);
}

QWidget* SettingsDialog::buildLexiconPage()
{
    auto* page = new QWidget(m_tabs);
    auto* v = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Your own words for the message checks, added to the built-in lists."), page);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_lexicon = new LexiconEditor(page);
    QLabel* err = m_errors->add({QStringLiteral("lexicon"), QStringLiteral("lexiconAdditions")}, m_lexicon);
    v->addWidget(m_lexicon, 1);
    v->addWidget(err);
    // Whether the medical vocabulary (the second tier behind these lists) is in use, and from where.
    m_vocabulary = new QLabel(page);
    m_vocabulary->setObjectName(QStringLiteral("medicalVocabularyStatus"));
    m_vocabulary->setWordWrap(true);
    m_vocabulary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_vocabulary);
    refreshVocabularyStatus();
    return page;
}

QWidget* SettingsDialog::buildAutoReplyPage()
{
    auto* page = new QWidget(m_tabs);
    auto* v = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Paste this into your phone's auto-reply for messages that arrive out of hours. "
                                "It follows your hours as you edit them."),
                             page);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_autoReply = new QPlainTextEdit(page);
    m_autoReply->setReadOnly(true);
    m_autoReply->setAccessibleName(tr("Out-of-hours auto-reply"));
    m_autoReply->setMaximumHeight(120);
    v->addWidget(m_autoReply);
    auto* h = new QHBoxLayout;
    m_copy = new QPushButton(Icons::icon(QStringLiteral("copy")), tr("&Copy"), page);
    m_copy->setAccessibleName(tr("Copy the auto-reply"));
    h->addWidget(m_copy);
    h->addStretch(1);
    v->addLayout(h);
    v->addStretch(1);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(autoReplyText()); });
    return page;
}

void SettingsDialog::load(const domain::PracticeSettings& s)
{
    m_practiceName->setText(s.practiceName);
    m_practitioner->setText(s.practitioner);
    Pickers::setCountry(m_country, s.country);
    Pickers::setTimeZone(m_timeZone, s.timeZone);
    // Stored in E.164; shown as people write it in the practice's country.
    m_businessPhone->setText(
        s.businessPhone.isEmpty() ? QString() : services::PhoneNumbers::forDisplay(s.businessPhone, s.country));
    m_messageLanguage->setCurrentIndex(std::max(0, m_messageLanguage->findData(s.language)));
    m_hours->setHours(s.hours);
    m_timeOff->setRanges(s.timeOff);
    m_quietFrom->setTime(QTime(s.quietHours.startMinute / 60, s.quietHours.startMinute % 60));
    m_quietTo->setTime(QTime(s.quietHours.endMinute / 60 % 24, s.quietHours.endMinute % 60));
    m_windowDays->setValue(s.conversationWindowDays);
    m_maxSegments->setValue(s.smsMaxSegments);
    m_horizonDays->setValue(s.inPersonHorizonDays);
    m_lexicon->setAdditions(s.lexiconAdditions);
}

domain::PracticeSettings SettingsDialog::settings() const
{
    domain::PracticeSettings s = m_original;
    s.practiceName = m_practiceName->text().trimmed();
    s.practitioner = m_practitioner->text().trimmed();
    s.country = Pickers::country(m_country);
    s.timeZone = Pickers::timeZone(m_timeZone);
    s.businessPhone = m_businessPhone->text().trimmed();
    s.hours = m_hours->hours();
    s.timeOff = m_timeOff->ranges();
    s.quietHours.startMinute = m_quietFrom->time().hour() * 60 + m_quietFrom->time().minute();
    s.quietHours.endMinute = m_quietTo->time().hour() * 60 + m_quietTo->time().minute();
    s.conversationWindowDays = m_windowDays->value();
    s.smsMaxSegments = m_maxSegments->value();
    s.inPersonHorizonDays = m_horizonDays->value();
    s.lexiconAdditions = m_lexicon->additions();
    s.language = m_messageLanguage->currentData().toString();
    return s;
}

QString SettingsDialog::autoReplyText() const
{
    return m_autoReply->toPlainText();
}

QString SettingsDialog::fieldError(const QString& field) const
{
    return m_errors->message(field);
}

void SettingsDialog::showPage(int index)
{
    m_tabs->setCurrentIndex(index);
}

void SettingsDialog::refreshAutoReply()
{
    domain::PracticeSettings s = m_original;
    s.practiceName = m_practiceName->text().trimmed();
    s.hours = m_hours->hours();
    m_autoReply->setPlainText(m_hours->validationError().isEmpty() ? domain::AutoReply::text(s)
                                                                   : m_hours->validationError());
}

void SettingsDialog::accept()
{
    m_errors->clear();
    if (const QString e = m_hours->validationError(); !e.isEmpty()) {
        m_errors->show(QStringLiteral("hours"), e);
        return;
    }
    if (Pickers::timeZone(m_timeZone).isEmpty()) {
        m_errors->show(QStringLiteral("time-zone"), tr("Time zone: choose the practice's time zone."));
        return;
    }
    if (m_save) {
        if (const domain::Status st = m_save(settings())) {
            m_errors->show(st->field, st->message);
            return;
        }
    }
    QSettings().setValue(QStringLiteral("interfaceLanguage"), m_interfaceLanguage->currentData().toString());
    if (appearance() != Theme::stored()) {
        Theme::store(appearance());
        Theme::apply(appearance());
    }
    if (m_useServer->isChecked() && serverUrl().isEmpty()) {
        m_tabs->setCurrentWidget(m_useServer->parentWidget());
        m_serverStatus->setText(tr("Give the database's name, or untick the server."));
        return;
    }
    if (serverUrl() != services::configuredServerUrl())
        services::setConfiguredServerUrl(serverUrl());
    QDialog::accept();
}

} // namespace rapport::ui
