// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up benchmark's peer: a nearly empty Qt Widgets main window (a menu, a table with no
// rows, a status bar) on the same Qt, the same platform plugin and the same probe as the app, so
// the ratio app / this is what Rapport itself adds to starting a Qt program.
#include "app/StartupProbe.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Empty"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.setCentralWidget(new QTableView(&window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1024, 700);
    window.show();
    rapport::ui::armStartupProbe(&window);
    return QApplication::exec();
}
