#include "app/AppContext.h"
#include "app/MainWindow.h"
#include "services/AppPaths.h"
#include "services/MedicalVocabularies.h"
#include "services/PracticeFile.h"
#include "services/SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTranslator>
#include <sys/stat.h>

int main(int argc, char* argv[])
{
    // Everything Rapport creates holds client data (the practice, its backups, exports, logs of
    // the import): files 0600 and folders 0700 whatever the session's umask.
    ::umask(077);
    QApplication app(argc, argv);
    // The analyser's medical vocabulary (about 0.1 s to build) loads on a worker thread while the
    // window comes up; the composer uses it as soon as it is ready.
    rapport::services::MedicalVocabularies::preload();
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationName(QStringLiteral("rapport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.rapport.Rapport"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/rapport/icons/rapport.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("rapport"), QStringLiteral("_"),
                        QStringLiteral(":/rapport/translations")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Client records, consent and channel advice for therapists."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main",
                                "Open the database at PATH (default: $RAPPORT_DB, else the app's data folder)."),
        QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : rapport::services::defaultDatabasePath();
    auto db = rapport::services::PracticeFile::open(QFileInfo(path).absoluteFilePath());
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Rapport cannot open its database"),
                              QApplication::translate("main", "%1\n\nDatabase: %2")
                                  .arg(db.error().message, QDir::toNativeSeparators(path)));
        return 4;
    }
    const QString syncWarning = rapport::services::PracticeFile::cloudSyncWarning(db.value()->path());

    rapport::services::SystemClock clock;
    rapport::ui::AppContext context(db.value()->database(), clock);
    rapport::ui::MainWindow window(context);
    window.show();
    const QString checkNotice = rapport::services::quickCheckNotice(db.value()->database());
    if (!checkNotice.isEmpty())
        window.statusBar()->showMessage(checkNotice, 60000);
    if (!syncWarning.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "Database in a synced folder"), syncWarning);
    window.startFirstRunIfNeeded();
    return QApplication::exec();
}
