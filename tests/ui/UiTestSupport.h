// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared setup for the widget tests: a fresh database file in a temporary folder, a fixed clock
// and the app context over them.

#include "app/AppContext.h"
#include "domain/Clock.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QWidget>
#include <functional>
#include <memory>
#include <stdexcept>

namespace rapport::testing {

struct UiFixture {
    QTemporaryDir dir;
    domain::FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<ui::AppContext> context;

    UiFixture() { open(); }
    QString path() const { return dir.filePath(QStringLiteral("rapport.sqlite")); }
    void open()
    {
        auto opened = storage::Database::open(path());
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        db = std::move(opened).value();
        context = std::make_unique<ui::AppContext>(*db, clock);
    }
    void close()
    {
        context.reset();
        db.reset();
    }
    qint64 addClient(const QString& name, const QString& mobile = {}, const QString& email = {})
    {
        services::ClientChanges ch;
        ch.name = name;
        if (!mobile.isEmpty())
            ch.mobiles = QStringList{mobile};
        if (!email.isEmpty())
            ch.emails = QStringList{email};
        auto id = context->clients().add(ch);
        if (!id)
            throw std::runtime_error(id.error().message.toStdString());
        return id.value();
    }
};

/// Installs the shipped German translation (and Qt's own) for the life of the object.
struct GermanTranslation {
    QTranslator rapport;
    QTranslator qt;
    bool loaded = false;
    QLocale previousLocale; ///< dates and numbers as a German desk sees them, for the object's life
    GermanTranslation()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        loaded = rapport.load(QStringLiteral(":/rapport/translations/rapport_de.qm"));
        if (loaded)
            QCoreApplication::installTranslator(&rapport);
        if (qt.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
    }
    ~GermanTranslation()
    {
        QCoreApplication::removeTranslator(&rapport);
        QCoreApplication::removeTranslator(&qt);
        QLocale::setDefault(previousLocale);
    }
    GermanTranslation(const GermanTranslation&) = delete;
    GermanTranslation& operator=(const GermanTranslation&) = delete;
};

/// Spins the event loop until `done` or `ms` pass; returns done().
inline bool waitUntil(const std::function<bool()>& done, int ms = 5000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

/// Runs `handle` on the next modal dialog that opens (the code under test calls exec()).
template <typename Dialog> void onNextModal(std::function<void(Dialog*)> handle)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (auto* d = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(d);
        }
    });
    timer->start();
}

} // namespace rapport::testing
