// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace rapport::ui {

/// Help > Guide (F1): the built-in guide to texting clients well, in the interface's language
/// (English when there is no translation of it), from the resources; links jump within it.
class GuideWindow : public QDialog {
    Q_OBJECT
public:
    explicit GuideWindow(QWidget* parent = nullptr);

    /// The guide's resource for a language ("de", "en"): the language's own, else the English one.
    static QString resourceFor(const QString& language);
    /// The guide as shown.
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace rapport::ui
