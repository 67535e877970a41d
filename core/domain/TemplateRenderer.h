// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"
#include "domain/PracticeSettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rapport::domain {

/// Something the renderer could not fill in. The composer shows these as warnings; the
/// placeholder stays in the text as written so nothing is silently dropped.
struct TemplateIssue {
    enum class Kind {
        UnknownPlaceholder, ///< `{something}` that is not one of TemplateRenderer::placeholders()
        MissingValue,       ///< a known placeholder with no value (no client, no next appointment, ...)
    };
    Kind kind = Kind::UnknownPlaceholder;
    QString placeholder; ///< the name without braces
    QString message;     ///< plain words, translatable
};

struct RenderedTemplate {
    QString text;                  ///< the body with every fillable placeholder replaced
    QVector<TemplateIssue> issues; ///< in order of appearance, one per distinct placeholder and kind
    bool complete() const { return issues.isEmpty(); }
    QStringList unknownPlaceholders() const;
    QStringList missingValues() const;
};

/// Fills the placeholders of a message template from a client and the practice settings.
/// Pure: same input, same output. Placeholders are `{name}` with a lower-case name of letters
/// and underscores; `{{` and `}}` stand for literal braces.
class TemplateRenderer {
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    /// `locale` names the days and months ("Tuesday 1 December"); British English by default.
    explicit TemplateRenderer(QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom));

    /// The supported placeholder names, without braces, in the order a menu should offer them.
    static const QStringList& placeholders();
    /// A one-line, translatable description of a placeholder, for menus and tooltips.
    static QString describe(const QString& placeholder);

    /// Renders `body` for `client` (nullptr when no client is chosen yet). Dates and times are
    /// shown in the client's time zone, or the practice's when the client has none.
    RenderedTemplate render(const QString& body, const Client* client, const PracticeSettings& settings) const;

    /// The placeholders still written as `{name}` in `draft` (a message about to be handed off),
    /// each with why it is unfilled in plain words, e.g. "{next_appointment_date}: no next
    /// appointment on file" or "{business_phone}: no business phone in Settings". A known
    /// placeholder whose value is available now is reported too (it was typed, or the template
    /// was applied before the value existed). One issue per distinct placeholder, in order of
    /// appearance; `{{` and `}}` are literal braces, as in render(). Empty: nothing unfilled.
    QVector<TemplateIssue> unfilled(const QString& draft, const Client* client, const PracticeSettings& settings) const;

    /// The value of one placeholder, or a null QString when it has no value.
    QString value(const QString& placeholder, const Client* client, const PracticeSettings& settings) const;

private:
    QLocale m_locale;
};

} // namespace rapport::domain
