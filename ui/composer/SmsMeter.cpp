// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/SmsMeter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

/// How a character that forced UCS-2 is named to a person: visible ones quoted, invisible
/// ones (spaces, joiners) by their code point.
QString describeChar(const QString& g)
{
    const uint cp = g.toUcs4().value(0);
    QString name;
    switch (cp) {
    case 0x2013:
        name = SmsMeter::tr("en dash");
        break;
    case 0x2014:
        name = SmsMeter::tr("em dash");
        break;
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
        name = SmsMeter::tr("curly quote");
        break;
    case 0x2026:
        name = SmsMeter::tr("ellipsis");
        break;
    case 0x00A0:
        name = SmsMeter::tr("non-breaking space");
        break;
    default:
        break;
    }
    bool visible = true;
    for (const QChar c : g)
        visible = visible && c.isPrint() && !c.isSpace();
    QStringList codes;
    for (const uint u : g.toUcs4())
        codes << QStringLiteral("U+%1").arg(u, 4, 16, QLatin1Char('0')).toUpper();
    const QString shown = visible ? g : codes.join(QLatin1Char(' '));
    return name.isEmpty() ? shown : QStringLiteral("%1 (%2)").arg(shown, name);
}

} // namespace

SmsMeter::SmsMeter(QWidget* parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("smsSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forced = new QLabel(this);
    m_forced->setObjectName(QStringLiteral("smsForced"));
    m_forced->setWordWrap(true);
    m_forced->setVisible(false);
    m_replace = new QPushButton(tr("Replace typographic quotes and dashes"), this);
    m_replace->setObjectName(QStringLiteral("replaceTypographic"));
    m_replace->setToolTip(tr("Replace curly quotes, dashes and ellipses with plain ones so the text fits GSM-7 (can be "
                             "undone with Ctrl+Z)"));
    m_replace->setAccessibleName(tr("Replace typographic quotes and dashes"));
    m_replace->setEnabled(false);
    connect(m_replace, &QPushButton::clicked, this, &SmsMeter::replaceTypographicRequested);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_summary, 1);
    top->addWidget(m_replace);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addLayout(top);
    box->addWidget(m_forced);
    setInfo({}, 3);
}

void SmsMeter::setInfo(const domain::SmsInfo& info, int maxSegments)
{
    const bool gsm = info.encoding == domain::SmsEncoding::Gsm7;
    const int single = gsm ? 160 : 70;
    const int multi = gsm ? 153 : 67;
    const int capacity = info.segments <= 1 ? single : info.segments * multi;
    const QString encoding = gsm ? tr("GSM-7") : tr("UCS-2");
    const QString units = tr("%1/%2 characters").arg(info.units).arg(capacity);
    const QString segments = info.segments == 1 ? tr("1 segment") : tr("%1 segments").arg(info.segments);
    QString summary = tr("Text: %1 \u00B7 %2 \u00B7 %3").arg(encoding, units, segments);
    if (info.segments > maxSegments)
        summary += QLatin1String(" \u00B7 ") + tr("over your limit of %1").arg(maxSegments);
    if (m_summary->text() != summary)
        m_summary->setText(summary);
    m_summary->setAccessibleName(summary);

    QString forced;
    if (!gsm && !info.nonGsm.isEmpty()) {
        QStringList names;
        for (const auto& g : info.nonGsm)
            names << describeChar(g);
        forced = tr("UCS-2 because of %1: a segment holds 70 characters instead of 160.")
                     .arg(names.join(QStringLiteral(", ")));
    }
    if (m_forced->text() != forced)
        m_forced->setText(forced);
    m_forced->setVisible(!forced.isEmpty());
}

void SmsMeter::setReplaceAvailable(bool available)
{
    m_replace->setEnabled(available);
}

QString SmsMeter::summaryText() const
{
    return m_summary->text();
}

QString SmsMeter::forcedText() const
{
    return m_forced->isHidden() ? QString() : m_forced->text();
}

} // namespace rapport::ui
