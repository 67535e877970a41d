// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots for packaging/screenshots (the AppStream file uses them): the main window, a
// client's consent tab, settings and the dashboard, light and dark. Hidden: run on demand with
//   QT_QPA_PLATFORM=offscreen ./build/tests/ui_tests "[.screenshots]"
#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "app/SamplePractice.h"
#include "app/Theme.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientListModel.h"
#include "dashboard/DashboardWidget.h"
#include "settings/SettingsDialog.h"

#include "services/MedicalVocabularies.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>

using namespace rapport;

namespace {
QString outDir()
{
    return QDir(QStringLiteral(RAPPORT_TEST_DATA_DIR)).absoluteFilePath(QStringLiteral("../../packaging/screenshots"));
}

void save(QWidget* w, const QString& name)
{
    QApplication::processEvents();
    const QPixmap shot = w->grab();
    REQUIRE(shot.save(QDir(outDir()).filePath(name + QStringLiteral(".png"))));
}
} // namespace

TEST_CASE("Screenshots of the main window, consent tab, settings and dashboard", "[.screenshots]")
{
    QDir().mkpath(outDir());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QSettings().remove(QStringLiteral("MainWindow"));
    testing::UiFixture f;
    domain::PracticeSettings s = f.context->practice();
    s.practiceName = QStringLiteral("Harbour Street Osteopathy");
    s.practitioner = QStringLiteral("Sam Taylor");
    s.businessPhone = QStringLiteral("+442071234000");
    auto hours = domain::WeeklyHours::parse(QStringLiteral("Mon-Thu 10:00-20:00, Fri 10:00-14:00"));
    REQUIRE(hours);
    s.hours = *hours;
    REQUIRE_FALSE(f.context->savePractice(s));
    REQUIRE(ui::SamplePractice::load(*f.context));

    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? ui::Theme::darkPalette() : ui::Theme::lightPalette());
        const QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        ui::MainWindow window(*f.context);
        window.resize(1240, 760);
        window.show();
        REQUIRE(testing::waitUntil([&] { return window.ledgerStatus().has_value(); }));
        const qint64 ana = window.clientModel()->clientId(0);
        REQUIRE(window.selectClient(ana));
        save(&window, QStringLiteral("main-window") + suffix);

        const int dev = [&] {
            for (int r = 0; r < window.clientModel()->rowCount(); ++r)
                if (window.clientModel()->index(r, 0).data().toString().startsWith(QStringLiteral("Benedict")))
                    return r;
            return 0;
        }();
        REQUIRE(window.selectClient(window.clientModel()->clientId(dev)));
        window.detail()->tabs()->setCurrentIndex(ui::ClientDetailWidget::ConsentTab);
        save(&window, QStringLiteral("client-consent") + suffix);

        window.action(QStringLiteral("dashboard"))->setChecked(true);
        save(&window, QStringLiteral("dashboard") + suffix);
        window.close();

        ui::SettingsDialog settings(f.context->practice(), {});
        settings.resize(780, 560);
        settings.showPage(1);
        settings.show();
        save(&settings, QStringLiteral("settings") + suffix);
        // The lexicon page: the practice's lists, the ignored words, the medical vocabulary's status.
        services::MedicalVocabularies::get();
        ui::SettingsDialog lexicon(f.context->practice(), {});
        lexicon.resize(780, 560);
        lexicon.showPage(4);
        lexicon.show();
        save(&lexicon, QStringLiteral("settings-lexicon") + suffix);

        // The clinic server page, as a desk being pointed at the clinic's server sees it.
        ui::SettingsDialog server(f.context->practice(), {});
        server.resize(780, 560);
        server.showPage(server.tabs()->count() - 1);
        server.show();
        save(&server, QStringLiteral("settings-clinic-server") + suffix);
    }
}
