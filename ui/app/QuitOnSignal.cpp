// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/QuitOnSignal.h"

#include <QApplication>
#include <QSocketNotifier>
#include <QWidget>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace rapport::ui {

namespace {

int g_fds[2] = {-1, -1};
bool g_requested = false;

extern "C" void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_fds[0], &byte, 1); // async-signal-safe
}

} // namespace

bool terminationRequested()
{
    return g_requested;
}

void quitOnTerminationSignals()
{
    if (g_fds[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_fds[1], &byte, 1);
        g_requested = true;
        // Close the windows as a person would (each saves its state), then leave the loop.
        QApplication::closeAllWindows();
        QApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int s : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(s, &action, nullptr);
}

} // namespace rapport::ui
