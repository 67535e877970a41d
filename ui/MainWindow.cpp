#include "MainWindow.h"

#include <QLabel>

namespace rapport::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Rapport"));
    setCentralWidget(new QLabel(tr("Rapport"), this));
    resize(1100, 720);
}

} // namespace rapport::ui
