// SPDX-License-Identifier: GPL-3.0-or-later
// The app in German and at the smallest size it promises (1024x700): the shipped translation
// loads and reaches the core's and the UI's strings, and on every screen no label, button or
// column header is cut short, in English or in German. Hidden "[.screenshots-de]" draws the
// German screenshots for the README.
#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "app/SamplePractice.h"
#include "app/Theme.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientListModel.h"
#include "common/Labels.h"
#include "composer/ComposerWindow.h"
#include "domain/Analysis.h"
#include "settings/SettingsDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace rapport;

namespace {

using German = testing::GermanTranslation;

QString describe(const QWidget* w)
{
    QStringList path;
    for (const QObject* o = w; o; o = o->parent())
        if (!o->objectName().isEmpty())
            path.prepend(o->objectName());
    QString text;
    if (auto* l = qobject_cast<const QLabel*>(w))
        text = QStringLiteral(" \"%1\"").arg(l->text().left(40));
    else if (auto* b = qobject_cast<const QAbstractButton*>(w))
        text = QStringLiteral(" \"%1\"").arg(b->text());
    return QString::fromLatin1(w->metaObject()->className()) + text + QStringLiteral(" in ") +
           path.join(QLatin1Char('/'));
}

/// Chart texts that Qt Charts elided to fit ("Impor...", "27/..."): its axis labels (the
/// dashboard's week labels), legend entries and titles are text items in the chart's scene.
QStringList clippedInChart(QChartView* view)
{
    QStringList out;
    for (QGraphicsItem* item : view->scene()->items()) {
        QString text;
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
            text = t->toPlainText();
        else if (auto* st = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            text = st->text();
        if (!item->isVisible() || text.isEmpty())
            continue;
        if (text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026)))
            out << QStringLiteral("chart text \"%1\" in \"%2\"").arg(text, view->chart()->title());
    }
    return out;
}

/// Every visible label, button, cell, chart label and column header under `root` whose text
/// does not fit.
QStringList clippedText(QWidget* root)
{
    QTest::qWait(30); // the header's stretch and the layouts settle on posted events
    QStringList out;
    // Labels and buttons drawn over one another: a layout squeezed below its minimum.
    QList<QWidget*> parents = root->findChildren<QWidget*>();
    parents << root;
    for (QWidget* parent : parents) {
        QVector<QWidget*> shown;
        for (QObject* o : parent->children())
            if (auto* c = qobject_cast<QWidget*>(o); c &&
                                                     (qobject_cast<QLabel*>(c) || qobject_cast<QAbstractButton*>(c)) &&
                                                     c->isVisibleTo(root) && !c->isWindow() && !c->geometry().isEmpty())
                shown << c;
        for (int i = 0; i < shown.size(); ++i)
            for (int j = i + 1; j < shown.size(); ++j)
                if (shown[i]->geometry().intersects(shown[j]->geometry()))
                    out << QStringLiteral("%1 and %2 overlap in %3")
                               .arg(describe(shown[i]), describe(shown[j]), describe(parent));
    }
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        // Cut off at the side by a parent too narrow for it (a scroll area's viewport, a pane).
        if ((qobject_cast<QLabel*>(w) || qobject_cast<QAbstractButton*>(w)) && w->height() > 0) {
            const QRect seen = w->visibleRegion().boundingRect();
            if (!seen.isEmpty() && seen.width() + 1 < w->width()) {
                out << QStringLiteral("%1 \"%2\" shows %3 px of %4 %5")
                           .arg(qobject_cast<QLabel*>(w) ? QStringLiteral("label") : QStringLiteral("button"))
                           .arg(qobject_cast<QLabel*>(w) ? static_cast<QLabel*>(w)->text().left(60)
                                                         : static_cast<QAbstractButton*>(w)->text())
                           .arg(seen.width())
                           .arg(w->width())
                           .arg(describe(w));
                continue;
            }
        }
        if (auto* l = qobject_cast<QLabel*>(w)) {
            if (l->wordWrap() || l->text().isEmpty() || l->text().endsWith(QChar(0x2026)))
                continue; // wrapped text grows downwards; "…" is an elision made on purpose
            if (l->width() + 1 < l->sizeHint().width())
                out << QStringLiteral("label \"%1\" (%2 px of %3) %4")
                           .arg(l->text().left(60))
                           .arg(l->width())
                           .arg(l->sizeHint().width())
                           .arg(describe(l));
        } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            if (b->text().isEmpty() || qobject_cast<QTabBar*>(b->parentWidget()))
                continue;
            if (b->width() + 1 < b->sizeHint().width())
                out << QStringLiteral("button \"%1\" (%2 px of %3) %4")
                           .arg(b->text())
                           .arg(b->width())
                           .arg(b->sizeHint().width())
                           .arg(describe(b));
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w);
                   view && view->model() && !qobject_cast<QHeaderView*>(w)) {
            // Cells: tables in full; in trees every column but the stretched or last one (free
            // text such as a message or a note, elided on purpose).
            QAbstractItemModel* model = view->model();
            const auto* tree = qobject_cast<QTreeView*>(view);
            const int columns = model->columnCount();
            for (int r = 0; r < std::min(model->rowCount(), 60); ++r) {
                for (int c = 0; c < columns; ++c) {
                    if (tree && (c == columns - 1 || tree->header()->sectionResizeMode(c) == QHeaderView::Stretch))
                        continue;
                    const QModelIndex index = model->index(r, c);
                    const QRect rect = view->visualRect(index);
                    if (!rect.isValid() || !view->viewport()->rect().intersects(rect))
                        continue;
                    QStyleOptionViewItem option;
                    option.initFrom(view);
                    option.rect = rect;
                    option.font = view->font();
                    option.features |= QStyleOptionViewItem::HasDisplay;
                    const int need = view->itemDelegateForIndex(index)->sizeHint(option, index).width();
                    const int have = rect.width() + (tree && c == 0 ? rect.left() : 0);
                    if (have + 1 < need)
                        out << QStringLiteral("cell \"%1\" (%2 px of %3) %4")
                                   .arg(index.data().toString().left(40))
                                   .arg(have)
                                   .arg(need)
                                   .arg(describe(view));
                }
            }
        } else if (auto* chartView = qobject_cast<QChartView*>(w)) {
            out << clippedInChart(chartView);
        }
        if (auto* h = qobject_cast<QHeaderView*>(w)) {
            if (!h->model() || h->orientation() != Qt::Horizontal)
                continue;
            const int margin = 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
            for (int i = 0; i < h->count(); ++i) {
                if (h->isSectionHidden(i) || h->sectionSize(i) == 0)
                    continue;
                const QString text = h->model()->headerData(i, Qt::Horizontal).toString();
                const int need = h->fontMetrics().horizontalAdvance(text) + margin;
                if (h->sectionSize(i) < need)
                    out << QStringLiteral("column \"%1\" (%2 px of %3) %4")
                               .arg(text)
                               .arg(h->sectionSize(i))
                               .arg(need)
                               .arg(describe(h));
            }
        }
    }
    return out;
}

struct Practice {
    testing::UiFixture f;
    Practice()
    {
        domain::PracticeSettings s = f.context->practice();
        s.practiceName = QStringLiteral("Physiotherapie am Hafen");
        s.practitioner = QStringLiteral("Katrin Weber");
        REQUIRE_FALSE(f.context->savePractice(s));
        REQUIRE(ui::SamplePractice::load(*f.context));
    }
};

/// Every screen of the main window and its dialogs at 1024x700; calls `check` with a name for each.
void eachScreen(Practice& p, const std::function<void(const QString&, QWidget*)>& check)
{
    QSettings().remove(QStringLiteral("MainWindow"));
    ui::MainWindow window(*p.f.context);
    window.resize(1024, 700);
    window.show();
    REQUIRE(testing::waitUntil([&] { return window.ledgerStatus().has_value(); }));
    CHECK(window.size() == QSize(1024, 700)); // its minimum size fits
    REQUIRE(window.selectClient(window.clientModel()->clientId(0)));
    const char* tabs[] = {"overview", "appointments", "consent", "contact log"};
    for (int t = 0; t < 4; ++t) {
        window.detail()->tabs()->setCurrentIndex(t);
        check(QStringLiteral("main window, ") + QString::fromLatin1(tabs[t]), &window);
    }
    window.action(QStringLiteral("dashboard"))->setChecked(true);
    check(QStringLiteral("dashboard"), &window);
    window.action(QStringLiteral("dashboard"))->setChecked(false);

    ui::SettingsDialog settings(p.f.context->practice(), {});
    settings.show();
    for (int page = 0; page < settings.tabs()->count(); ++page) {
        settings.showPage(page);
        check(QStringLiteral("settings, page %1").arg(page), &settings);
    }
    settings.close();

    ui::ComposerWindow composer(p.f.context->composer(), window.clientModel()->clientId(0), nullptr);
    composer.setAttribute(Qt::WA_DeleteOnClose, false);
    composer.resize(1024, 700);
    composer.show();
    composer.editor()->setPlainText(QStringLiteral("See you on Thursday at 3pm. How is the lower back pain?"));
    composer.updateNow();
    QApplication::processEvents();
    CHECK(composer.width() <= 1024); // its minimum width fits the screen
    check(QStringLiteral("composer"), &composer);
    composer.close();
    window.close();
}

QString screenshotDir()
{
    return QDir(QStringLiteral(RAPPORT_TEST_DATA_DIR)).absoluteFilePath(QStringLiteral("../../packaging/screenshots"));
}

} // namespace

TEST_CASE("The shipped German translation loads and reaches the menus, the core and the shared labels",
          "[ui][language]")
{
    German de;
    REQUIRE(de.loaded);
    Practice p;
    ui::MainWindow window(*p.f.context);
    QStringList menus;
    for (QAction* a : window.menuBar()->actions())
        menus << a->text();
    CHECK(menus.contains(QStringLiteral("&Datei")));
    CHECK(menus.contains(QStringLiteral("&Hilfe")));
    // Strings whose context lupdate and the code once disagreed on: the analyser's sources
    // (Analysis), the shared labels (rapport::ui::Labels).
    CHECK(domain::describeSource(QStringLiteral("lexicon")) != QStringLiteral("the built-in lexicon"));
    CHECK(ui::Labels::scope(domain::Scope::Marketing) == QStringLiteral("Werbung"));
    CHECK(ui::Labels::channelInSentence(domain::Channel::Email) == QStringLiteral("E-Mail"));
    window.close();
}

TEST_CASE("At 1024x700 no label, button or column header is cut short, in English and in German",
          "[ui][language][layout]")
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const bool german : {false, true}) {
        std::unique_ptr<German> de;
        if (german) {
            de = std::make_unique<German>();
            REQUIRE(de->loaded);
        }
        Practice p;
        eachScreen(p, [&](const QString& screen, QWidget* w) {
            const QStringList clipped = clippedText(w);
            INFO((german ? "German, " : "English, ") << screen.toStdString() << ":\n"
                                                     << clipped.join(QLatin1Char('\n')).toStdString());
            CHECK(clipped.isEmpty());
        });
    }
}

TEST_CASE("German screenshots for the README", "[.screenshots-de]")
{
    QDir().mkpath(screenshotDir());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    German de;
    REQUIRE(de.loaded);
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? ui::Theme::darkPalette() : ui::Theme::lightPalette());
        const QString suffix = dark ? QStringLiteral("-de-dark.png") : QStringLiteral("-de-light.png");
        Practice p;
        domain::PracticeSettings s = p.f.context->practice();
        s.country = QStringLiteral("DE");
        s.timeZone = QStringLiteral("Europe/Berlin");
        REQUIRE_FALSE(p.f.context->savePractice(s));
        int shot = 0;
        eachScreen(p, [&](const QString& screen, QWidget* w) {
            if (screen == QStringLiteral("main window, consent") || screen == QStringLiteral("dashboard") ||
                screen == QStringLiteral("settings, page 0")) {
                QString name = screen;
                name.replace(QStringLiteral(", "), QStringLiteral("-")).replace(QLatin1Char(' '), QLatin1Char('-'));
                REQUIRE(w->grab().save(QDir(screenshotDir()).filePath(name + suffix)));
                ++shot;
            }
            if (screen == QStringLiteral("composer")) {
                auto* composer = static_cast<ui::ComposerWindow*>(w);
                composer->editor()->setPlainText(QStringLiteral(
                    "Hallo Ana, ich bestätige Ihren Termin am Donnerstag um 15 Uhr. Wie geht es den "
                    "Rückenschmerzen seit der Behandlung? Kühlen Sie weiter, falls die Schwellung zurückkommt."));
                composer->updateNow();
                QApplication::processEvents();
                REQUIRE(w->grab().save(QDir(screenshotDir()).filePath(QStringLiteral("composer") + suffix)));
                ++shot;
            }
        });
        CHECK(shot == 4);
    }
}

TEST_CASE("The clipping check finds a label, a button and a column header cut short", "[ui][layout]")
{
    QWidget w;
    auto* label = new QLabel(QStringLiteral("Einwilligungsnachweise exportieren"), &w);
    label->setGeometry(0, 0, 40, 20);
    auto* button = new QPushButton(QStringLiteral("Einwilligung erfassen"), &w);
    button->setGeometry(0, 30, 40, 24);
    auto* fits = new QLabel(QStringLiteral("OK"), &w);
    fits->setGeometry(0, 60, 200, 20);
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Bevorzugter Kontaktweg"), QStringLiteral("ID")});
    auto* table = new QTableView(&w);
    table->setModel(&model);
    table->setGeometry(0, 90, 300, 100);
    table->horizontalHeader()->resizeSection(0, 30);
    table->horizontalHeader()->resizeSection(1, 80);
    w.resize(320, 200);
    w.show();
    const QStringList clipped = clippedText(&w);
    INFO(clipped.join(QLatin1Char('\n')).toStdString());
    CHECK(clipped.size() == 3);
    CHECK(clipped.filter(QStringLiteral("Einwilligungsnachweise")).size() == 1);
    CHECK(clipped.filter(QStringLiteral("Einwilligung erfassen")).size() == 1);
    CHECK(clipped.filter(QStringLiteral("Bevorzugter Kontaktweg")).size() == 1);
}
