#include "app/AppContext.h"
#include "app/MainWindow.h"
#include "app/StartupProbe.h"
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
#include <QSettings>
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
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // The quick check at open is skipped for the file this app last closed sound, when nobody
    // has written it since (same inode, same modification time to the nanosecond).
    QSettings memory;
    const QString checkedPath = QStringLiteral("quickCheck/path");
    const QString checkedStamp = QStringLiteral("quickCheck/stamp");
    if (memory.value(checkedPath).toString() == absolute)
        rapport::services::PracticeFile::trustUnchanged(absolute, memory.value(checkedStamp).toString());
    auto opened = rapport::services::PracticeFile::open(absolute);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Rapport cannot open its database"),
                              QApplication::translate("main", "%1\n\nDatabase: %2")
                                  .arg(opened.error().message, QDir::toNativeSeparators(path)));
        return 4;
    }
    std::unique_ptr<rapport::services::PracticeFile> practice = std::move(opened).value();
    const QString syncWarning = rapport::services::PracticeFile::cloudSyncWarning(practice->path());

    int code = 0;
    {
        rapport::services::SystemClock clock;
        rapport::ui::AppContext context(practice->database(), clock);
        rapport::ui::MainWindow window(context);
        window.show();
        // The start-up benchmark's probe: quits after the first paint, so no dialog may wait for input.
        const bool probing = rapport::ui::armStartupProbe(&window);
        const QString checkNotice = rapport::services::quickCheckNotice(practice->database());
        if (!checkNotice.isEmpty())
            window.statusBar()->showMessage(checkNotice, 60000);
        if (!probing) {
            if (!syncWarning.isEmpty())
                QMessageBox::warning(&window, QApplication::translate("main", "Database in a synced folder"),
                                     syncWarning);
            window.startFirstRunIfNeeded();
        }
        code = QApplication::exec();
    } // the window joins its worker threads: the last connection is the practice's own
    const bool sound = practice->foundSound();
    practice.reset(); // the last close checkpoints: the stamp below is the file as it stays
    if (sound) {
        memory.setValue(checkedPath, absolute);
        memory.setValue(checkedStamp, rapport::services::PracticeFile::fileStamp(absolute));
    } else {
        memory.remove(QStringLiteral("quickCheck"));
    }
    return code;
}
