#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationName(QStringLiteral("rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    rapport::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
