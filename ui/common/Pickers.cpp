// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Pickers.h"

#include <QComboBox>
#include <QCompleter>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

#include <QDateTimeEdit>
#include <QEvent>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>

namespace rapport::ui {

namespace {
/// After a click has placed the cursor (and the field has worked out its section), selects that
/// section. Watches the field and its line edit (a real click lands on the line edit).
class SectionSelector final : public QObject {
public:
    explicit SectionSelector(QDateTimeEdit* edit) : QObject(edit), m_edit(edit) {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::MouseButtonRelease) {
            QPointer<QDateTimeEdit> edit = m_edit;
            QTimer::singleShot(0, m_edit, [edit] {
                if (edit && edit->hasFocus() && edit->currentSection() != QDateTimeEdit::NoSection)
                    edit->setSelectedSection(edit->currentSection());
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateTimeEdit* m_edit;
};
} // namespace

void Pickers::typeOverSections(QDateTimeEdit* edit)
{
    auto* selector = new SectionSelector(edit);
    edit->installEventFilter(selector);
    if (auto* line = edit->findChild<QLineEdit*>())
        line->installEventFilter(selector);
}

QComboBox* Pickers::timeZoneCombo(QWidget* parent, bool allowEmpty)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    if (allowEmpty)
        combo->addItem(QString());
    const auto ids = QTimeZone::availableTimeZoneIds();
    QStringList names;
    names.reserve(ids.size());
    for (const QByteArray& id : ids)
        names.push_back(QString::fromLatin1(id));
    combo->addItems(names);
    auto* completer = new QCompleter(names, combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    combo->setCompleter(completer);
    combo->setMaxVisibleItems(20);
    return combo;
}

QComboBox* Pickers::countryCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    struct Entry {
        QString name;
        QString code;
    };
    QVector<Entry> entries;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2)
            continue;
        entries.push_back({QLocale::territoryToString(territory), code});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const auto& e : entries)
        combo->addItem(QStringLiteral("%1 (%2)").arg(e.name, e.code), e.code);
    combo->setEditable(false);
    combo->setMaxVisibleItems(20);
    return combo;
}

QString Pickers::timeZone(const QComboBox* combo)
{
    return combo->currentText().trimmed();
}

void Pickers::setTimeZone(QComboBox* combo, const QString& id)
{
    const int i = combo->findText(id);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else
        combo->setEditText(id);
}

QString Pickers::country(const QComboBox* combo)
{
    return combo->currentData().toString();
}

void Pickers::setCountry(QComboBox* combo, const QString& code)
{
    const int i = combo->findData(code.toUpper());
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace rapport::ui
