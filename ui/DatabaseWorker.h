#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace rapport::ui {

/// Runs `work` on a new thread with its own connection to the database at `path` (a connection
/// belongs to the thread that opened it), then `done` on `receiver`'s thread with the result.
/// `receiver` must wait for the thread (QThread::wait) before it is destroyed; a `done` still
/// queued then is dropped with it. The thread deletes itself when finished; the returned pointer
/// is for waiting on it (QPointer: it may already be gone).
template <typename T>
QPointer<QThread> runWithDatabase(const QString& path, QObject* receiver,
                                  std::function<domain::Result<T>(storage::Database&)> work,
                                  std::function<void(domain::Result<T>)> done)
{
    QThread* thread = QThread::create([path, receiver, work, done] {
        auto result = std::make_shared<domain::Result<T>>(domain::Error::database(QString()));
        {
            auto db = storage::Database::open(path);
            if (!db)
                *result = db.error();
            else
                *result = work(*db.value());
        } // the connection is closed before the result is handed over
        QMetaObject::invokeMethod(
            receiver, [result, done] { done(std::move(*result)); }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return QPointer<QThread>(thread);
}

} // namespace rapport::ui
