// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the composer in light and dark palettes to packaging/screenshots (hidden test: run
// `ui_tests "[.screenshots]"` by hand, then look at the PNGs).
#include "composer/ComposerWindow.h"
#include "services/ComposerService.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>

using namespace rapport;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x96));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x86));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x86));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x86));
    return p;
}

void shoot(services::ComposerService& service, qint64 client, const QString& file)
{
    ui::ComposerWindow w(service, client, nullptr);
    w.setAttribute(Qt::WA_DeleteOnClose, false);
    w.resize(1100, 640);
    w.show();
    w.editor()->setPlainText(QStringLiteral(
        "Hi Ana, just confirming your appointment on Thursday at 3pm. How is your lower back pain since the "
        "session? Keep icing it if the swelling comes back \u2013 it\u2019s normal for a day or two."));
    w.updateNow();
    QApplication::processEvents();
    REQUIRE(w.grab().save(file));
}

} // namespace

TEST_CASE("composer screenshots, light and dark", "[.screenshots]")
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("shots.db")));
    REQUIRE(db.ok());
    storage::SettingsRepository settings(**db);
    REQUIRE_FALSE(settings.setValue(QStringLiteral("practice-name"), QStringLiteral("Calm Hands Massage")));
    REQUIRE_FALSE(settings.setValue(QStringLiteral("practitioner"), QStringLiteral("Sam Okafor")));
    REQUIRE_FALSE(settings.setValue(QStringLiteral("hours"), QStringLiteral("Mon-Thu 10:00-20:00")));
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO clients (name, created_at, updated_at) VALUES ('Ana Silva', "
                                  "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
    const qint64 ana = q.lastInsertId().toLongLong();
    REQUIRE(q.exec(QStringLiteral("INSERT INTO contact_points (client_id, kind, value, label, number_type, position) "
                                  "VALUES (%1, 'phone', '+447400123456', 'Mobile', 'mobile', 0), "
                                  "(%1, 'email', 'ana@example.org', 'Email', 'unknown', 1)")
                       .arg(ana)));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO consent_events (client_id, channel, scope, state, method, effective_at, "
                                  "recorded_at, recorded_by, note_sha256, prev_hash, hash) VALUES (%1, 'sms', "
                                  "'service', 'granted', 'written', '2026-11-01T10:00:00.000Z', "
                                  "'2026-11-01T10:00:00.000Z', 'demo', '', '', 'demo')")
                       .arg(ana)));
    domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC));
    services::ComposerService service(**db, clock);
    const QString out = QStringLiteral(RAPPORT_TEST_DATA_DIR "/../../packaging/screenshots");
    QDir().mkpath(out);

    const QPalette light = QApplication::style()->standardPalette();
    QApplication::setPalette(light);
    shoot(service, ana, out + QStringLiteral("/composer-light.png"));
    QApplication::setPalette(darkPalette());
    shoot(service, ana, out + QStringLiteral("/composer-dark.png"));
    QApplication::setPalette(light);
}
