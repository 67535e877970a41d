// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GuideWindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rapport::ui {

QString GuideWindow::resourceFor(const QString& language)
{
    const QString own = QStringLiteral(":/rapport/guide/guide-%1.html").arg(language);
    return QFile::exists(own) ? own : QStringLiteral(":/rapport/guide/guide-en.html");
}

GuideWindow::GuideWindow(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("guide"));
    setWindowTitle(tr("Rapport Guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Guide"));
    QFile file(resourceFor(QLocale().name().section(QLatin1Char('_'), 0, 0)));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

} // namespace rapport::ui
