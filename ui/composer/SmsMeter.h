// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Analysis.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace rapport::ui {

/// The SMS meter under the draft: encoding, units, segments, and the characters that forced
/// UCS-2, with a one-click offer to replace typographic quotes and dashes.
class SmsMeter : public QWidget {
    Q_OBJECT
public:
    explicit SmsMeter(QWidget* parent = nullptr);

    /// Shows `info`; `maxSegments` is the practice's limit (a longer text is flagged).
    void setInfo(const domain::SmsInfo& info, int maxSegments);
    /// Whether the replace button can do anything for the current text.
    void setReplaceAvailable(bool available);

    /// The one-line summary as shown, e.g. "GSM-7 · 45/160 · 1 segment".
    QString summaryText() const;
    /// The explanation of what forced UCS-2; empty for GSM-7.
    QString forcedText() const;
    QPushButton* replaceButton() const { return m_replace; }

signals:
    /// The user asked to replace typographic quotes and dashes with plain ones.
    void replaceTypographicRequested();

private:
    QLabel* m_summary = nullptr;
    QLabel* m_forced = nullptr;
    QPushButton* m_replace = nullptr;
};

} // namespace rapport::ui
