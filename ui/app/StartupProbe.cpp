// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/StartupProbe.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace rapport::ui {

namespace {

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

class Probe : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            // After this paint has been delivered (queued behind it), not inside it.
            QTimer::singleShot(0, this, [watched] {
                // The menu titles, in the interface's language (before the figures: the startup
                // benchmark reads the rest of the output after "first-paint").
                if (auto* main = qobject_cast<QMainWindow*>(watched)) {
                    QStringList titles;
                    for (QAction* a : main->menuBar()->actions())
                        titles << a->text();
                    std::printf("menus %s\n", titles.join(QLatin1Char('|')).toUtf8().constData());
                }
                timespec now{};
                clock_gettime(CLOCK_REALTIME, &now);
                std::printf("first-paint %lld %ld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec,
                            peakRssKb());
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_fired = false;
};

} // namespace

bool armStartupProbe(QWidget* window)
{
    if (qEnvironmentVariableIsEmpty("RAPPORT_STARTUP_PROBE"))
        return false;
    window->installEventFilter(new Probe(window));
    return true;
}

} // namespace rapport::ui
