// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ContentAnalyser.h"
#include "services/ComposerService.h"
#include "services/ReminderService.h"

#include <QUrl>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace rapport::ui {

/// "Tomorrow's reminders in one pass": a day's reminders from one template, one row per booked
/// appointment (client, time, channel, why, timing, state), with the call list (rows the advisor
/// blocks on both sms and email) in a section of its own. Worked from the keyboard: Enter hands
/// the current row off by its recommended channel (sms:, mailto:, tel: through the URL opener,
/// then the outbound contact is logged), S skips it, O opens it in the composer, Up/Down move.
/// The pass is stored (ReminderService), so it can be left and resumed.
class RemindersWindow : public QWidget {
    Q_OBJECT
public:
    /// The selected row's rendered message, as shown under the table.
    QString previewText() const;
    /// As ComposerWindow's: open a link (false: nothing could), ask a yes/no question.
    using UrlOpener = std::function<bool(const QUrl&)>;
    using Asker = std::function<bool(const QString& question)>;

    /// `day`: the day to plan; empty: the next working day. The service must outlive the window.
    RemindersWindow(services::ComposerService& composer, std::optional<QDate> day = std::nullopt,
                    QWidget* parent = nullptr);

    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setAsker(Asker asker) { m_ask = std::move(asker); }

    QDate day() const;
    void setDay(const QDate& day);
    /// Chooses the template by name; false when there is none.
    bool setTemplate(const QString& name);
    /// Plans again (after changes elsewhere); the current row is kept.
    void reload();

    const services::ReminderPlan& plan() const { return m_plan; }
    QTableWidget* table() const { return m_table; }
    QLabel* progressLabel() const { return m_progress; }
    /// The plan row of the current table row, or -1 (none, or the call list's heading).
    int currentPlanRow() const;

    /// The current row's hand-off, skip and composer (what Enter, S and O do).
    void handOffCurrent();
    void skipCurrent();
    void openCurrentInComposer();

signals:
    /// O on a row: the composer, for this client, with this text (the reminder as rendered).
    void composeRequested(qint64 clientId, const QString& text);
    void handedOff(qint64 clientId, domain::Channel channel);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void loadTemplates();
    void fill();
    void updateButtons();
    void moveToNextTodo(int fromTableRow);
    std::optional<domain::Channel> handOffChannel(const services::ReminderRow& row) const;
    bool confirmTiming(const services::ReminderRow& row);
    QString formatLocal(const QDateTime& utc) const;
    void setStatus(const QString& text, bool error = false);

    services::ComposerService& m_composer;
    services::ReminderService m_service;
    std::optional<domain::ContentAnalyser> m_analyser;
    services::ReminderPlan m_plan;
    QVector<int> m_tableToPlan; ///< per table row: the plan row, or -1 for a heading
    bool m_timingAccepted = false;
    UrlOpener m_openUrl;
    Asker m_ask;

    QDateEdit* m_date = nullptr;
    QComboBox* m_template = nullptr;
    QLabel* m_progress = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_text = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_preview = nullptr;
};

} // namespace rapport::ui
