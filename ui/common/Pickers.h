// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QComboBox;
class QDateTimeEdit;
class QWidget;

namespace rapport::ui {

/// Combo boxes shared by the settings, client and first-run forms.
class Pickers {
public:
    /// Editable combo of QTimeZone::availableTimeZoneIds() with case-insensitive completion
    /// anywhere in the id ("lond" finds Europe/London). `allowEmpty` adds a first empty entry
    /// (a client's "use the practice's").
    static QComboBox* timeZoneCombo(QWidget* parent, bool allowEmpty = false);
    /// Combo of countries ("United Kingdom (GB)"), item data the ISO 3166 alpha-2 code.
    static QComboBox* countryCombo(QWidget* parent);
    /// The IANA id typed or chosen in a time zone combo.
    static QString timeZone(const QComboBox* combo);
    static void setTimeZone(QComboBox* combo, const QString& id);
    /// The alpha-2 code chosen in a country combo.
    static QString country(const QComboBox* combo);
    static void setCountry(QComboBox* combo, const QString& code);
    /// Makes a click into a date or time field select the section clicked (as Tab does), so typed
    /// digits replace it: otherwise Qt inserts them into the full section and refuses them all.
    static void typeOverSections(QDateTimeEdit* edit);
};

} // namespace rapport::ui
