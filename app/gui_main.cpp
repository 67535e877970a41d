// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppContext.h"
#include "app/MainWindow.h"
#include "app/QuitOnSignal.h"
#include "app/SamplePractice.h"
#include "app/StartupProbe.h"
#include "app/Theme.h"
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
#include <QTemporaryDir>
#include <QTranslator>
#include <optional>
#include <sys/stat.h>

namespace {

/// Options that only print: answered before any window system is needed, so `rapport --version`
/// works over ssh and in scripts.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--help-all" || a == "--version" || a == "-v" || a == "-?")
            return true;
    }
    return false;
}

void describe(QCommandLineParser& parser, QCommandLineOption& db, QCommandLineOption& sample)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Client records, consent and channel advice for therapists."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(db);
    parser.addOption(sample);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main", "A client list (.vcf, .csv) to import or a calendar (.ics) to read."),
        QStringLiteral("[FILE...]"));
}

} // namespace

int main(int argc, char* argv[])
{
    // Everything Rapport creates holds client data (the practice, its backups, exports, logs of
    // the import): files 0600 and folders 0700 whatever the session's umask.
    ::umask(077);
    QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate(
            "main", "Open the database at PATH, or the PostgreSQL database postgresql://user@host:port/name "
                    "(default: $RAPPORT_DB, else the app's data folder)."),
        QStringLiteral("PATH"));
    QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QCoreApplication::translate("main", "Open a throwaway sample practice (deleted when the app closes)."));
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("rapport"));
        QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
        QCommandLineParser parser;
        describe(parser, dbOption, sampleOption);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    rapport::ui::quitOnTerminationSignals();
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationName(QStringLiteral("rapport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.rapport.Rapport"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/rapport/icons/rapport.svg")));
    rapport::ui::Theme::apply(rapport::ui::Theme::stored()); // Settings > Display > Appearance

    // Settings > Display > Interface language (empty: the system's); read at start.
    const QString interfaceLanguage = QSettings().value(QStringLiteral("interfaceLanguage")).toString();
    if (!interfaceLanguage.isEmpty())
        QLocale::setDefault(QLocale(interfaceLanguage));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("rapport"), QStringLiteral("_"),
                        QStringLiteral(":/rapport/translations")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    describe(parser, dbOption, sampleOption);
    parser.process(app);

    // The sample practice lives in a folder of its own, removed when the app closes.
    const bool sample = parser.isSet(sampleOption);
    std::optional<QTemporaryDir> sampleDir;
    if (sample) {
        sampleDir.emplace(QDir(QDir::tempPath()).filePath(QStringLiteral("rapport-sample-XXXXXX")));
        if (!sampleDir->isValid()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Rapport cannot open the sample practice"),
                                  sampleDir->errorString());
            return 4;
        }
        QApplication::setApplicationDisplayName(QApplication::translate("main", "Rapport: sample practice"));
    }
    const QString path = sample                   ? sampleDir->filePath(QStringLiteral("sample.sqlite"))
                         : parser.isSet(dbOption) ? parser.value(dbOption)
                                                  : rapport::services::defaultDatabasePath();
    // A postgresql:// URL names a server, never a file: it is neither made absolute nor stamped.
    const bool server = rapport::services::PracticeFile::isServerUrl(path);
    const QString absolute = server ? path.trimmed() : QFileInfo(path).absoluteFilePath();
    // The quick check at open is skipped for the file this app last closed sound, when nobody
    // has written it since (same inode, same modification time to the nanosecond).
    QSettings memory;
    const QString checkedPath = QStringLiteral("quickCheck/path");
    const QString checkedStamp = QStringLiteral("quickCheck/stamp");
    if (!sample && !server && memory.value(checkedPath).toString() == absolute)
        rapport::services::PracticeFile::trustUnchanged(absolute, memory.value(checkedStamp).toString());
    auto opened = rapport::services::PracticeFile::open(absolute);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Rapport cannot open its database"),
                              QApplication::translate("main", "%1\n\nDatabase: %2")
                                  .arg(opened.error().message, server ? path : QDir::toNativeSeparators(path)));
        return 4;
    }
    std::unique_ptr<rapport::services::PracticeFile> practice = std::move(opened).value();
    const QString syncWarning = rapport::services::PracticeFile::cloudSyncWarning(practice->path());

    int code = 0;
    {
        rapport::services::SystemClock clock;
        rapport::ui::AppContext context(practice->database(), clock);
        // The analyser's medical vocabulary in the practice's language (about 0.1 s to build)
        // loads on a worker thread while the window comes up; the composer uses it when ready.
        rapport::services::MedicalVocabularies::preload(context.practice().messageLanguage());
        if (sample) {
            if (auto loaded = rapport::ui::SamplePractice::setUp(context); !loaded) {
                QMessageBox::critical(nullptr,
                                      QApplication::translate("main", "Rapport cannot open the sample practice"),
                                      loaded.error().message);
                return 4;
            }
        }
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
            // Files given on the command line (or opened with Rapport from the file manager).
            if (!rapport::ui::terminationRequested())
                for (const QString& file : parser.positionalArguments())
                    window.openFile(file);
        }
        if (!rapport::ui::terminationRequested())
            code = QApplication::exec();
    } // the window joins its worker threads: the last connection is the practice's own
    if (sample || server)
        return code; // nothing of the throwaway practice is remembered; a server has no file to stamp
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
