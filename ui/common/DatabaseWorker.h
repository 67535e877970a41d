// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "services/PracticeFile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace rapport::ui {

/// Every worker thread of the app that has a connection of its own to the practice, so that
/// whoever must have the file to itself (restore) or is going away (the main window) can stop
/// and join them all. GUI thread only.
class DatabaseWorkers {
public:
    static void track(QThread* thread);
    /// Asks every tracked thread to stop (QThread::requestInterruption: long work checks it) and
    /// waits for each to finish; their connections are closed when this returns.
    static void stopAndJoinAll();
    /// Threads still running.
    static int running();
};

/// Runs `work` on a new thread with its own connection to the database at `path` (a connection
/// belongs to the thread that opened it), then `done` on `receiver`'s thread with the result.
/// The thread is tracked by DatabaseWorkers; `receiver` must wait for it (QThread::wait, or
/// DatabaseWorkers::stopAndJoinAll) before it is destroyed; a `done` still queued then is dropped
/// with it. The thread deletes itself when finished; the returned pointer is for waiting on it
/// (QPointer: it may already be gone).
template <typename T>
QPointer<QThread>
runWithDatabase(const QString& path, QObject* receiver, std::function<domain::Result<T>(storage::Database&)> work,
                std::function<void(domain::Result<T>)> done, QThread::Priority priority = QThread::InheritPriority)
{
    QThread* thread = QThread::create([path, receiver, work, done] {
        auto result = std::make_shared<domain::Result<T>>(domain::Error::database(QString()));
        {
            auto practice = services::PracticeFile::open(path);
            if (!practice)
                *result = practice.error();
            else
                *result = work(practice.value()->database());
        } // the connection is closed before the result is handed over
        QMetaObject::invokeMethod(
            receiver, [result, done] { done(std::move(*result)); }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    DatabaseWorkers::track(thread);
    thread->start(priority);
    return QPointer<QThread>(thread);
}

} // namespace rapport::ui
