// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DatabaseWorker.h"

#include <QList>

namespace rapport::ui {

namespace {

QList<QPointer<QThread>>& tracked()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

void prune()
{
    tracked().removeIf([](const QPointer<QThread>& t) { return t.isNull() || t->isFinished(); });
}

} // namespace

void DatabaseWorkers::track(QThread* thread)
{
    prune();
    tracked() << QPointer<QThread>(thread);
}

void DatabaseWorkers::stopAndJoinAll()
{
    const QList<QPointer<QThread>> threads = tracked();
    for (const QPointer<QThread>& t : threads) {
        if (t)
            t->requestInterruption();
    }
    for (const QPointer<QThread>& t : threads) {
        if (t)
            t->wait();
    }
    prune();
}

int DatabaseWorkers::running()
{
    prune();
    return int(tracked().size());
}

} // namespace rapport::ui
