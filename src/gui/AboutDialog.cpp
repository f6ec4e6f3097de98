// SPDX-License-Identifier: MIT
#include "AboutDialog.h"
#include "ui_AboutDialog.h"

#include "Resources.h"
#include "Version.h"

#include <QIcon>

namespace vkauth::gui {

namespace {

struct Component
{
    QString name;
    QString version;
    QString license;
    QString url;
    QString note;
};

QString componentHtml(const Component &c)
{
    QString html = QStringLiteral("<p><b>%1</b>").arg(c.name.toHtmlEscaped());
    if (!c.version.isEmpty())
        html += QStringLiteral(" %1").arg(c.version.toHtmlEscaped());
    html += QStringLiteral(" — %1<br><a href=\"%2\">%2</a>").arg(c.license.toHtmlEscaped(), c.url);
    if (!c.note.isEmpty())
        html += QStringLiteral("<br>%1").arg(c.note.toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    initResources();
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/vkauth.svg")).pixmap(96, 96));
    m_ui->iconLabel->setAlignment(Qt::AlignTop);
    m_ui->iconLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_ui->headerLayout->setStretch(1, 1);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(QString::fromLatin1(kAppName));
    m_ui->versionLabel->setText(tr("Version %1, built with Qt %2, running on Qt %3")
                                    .arg(QString::fromLatin1(kVersion), QStringLiteral(QT_VERSION_STR),
                                        QString::fromLatin1(qVersion())));
    m_ui->versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->licensesBrowser->setHtml(licensesHtml());
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::licensesHtml()
{
    const QList<Component> components {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
            QStringLiteral("GNU Lesser General Public License v3 (LGPLv3)"),
            QStringLiteral("https://www.qt.io/licensing/"),
            tr("VK Auth links to the Qt libraries dynamically; you may replace them with your own build.")},
        {QStringLiteral("Qt WebEngine / Chromium"), QString(),
            tr("LGPLv3; Chromium: BSD-3-Clause and others"),
            QStringLiteral("https://doc.qt.io/qt-6/qtwebengine-licensing.html"),
            tr("The web sign-in page runs on Chromium, which includes third-party code under its own "
               "licences; "
               "the full list ships with Qt WebEngine.")},
        {QStringLiteral("QtKeychain"), QString(), QStringLiteral("BSD 3-Clause License"),
            QStringLiteral("https://github.com/frankosterfeld/qtkeychain"), QString()},
        {QStringLiteral("gumbo"), QString(), QStringLiteral("Apache License 2.0"),
            QStringLiteral("https://github.com/google/gumbo-parser"), QString()},
        {QStringLiteral("libsodium"), QString(), QStringLiteral("ISC License"),
            QStringLiteral("https://libsodium.org"), QString()},
    };
    QString html = QStringLiteral("<p><b>%1</b> %2 — %3<br><a href=\"%4\">%4</a><br>%5</p>")
                       .arg(QString::fromLatin1(kAppName), QString::fromLatin1(kVersion),
                           tr("MIT License (the file LICENSE)"), QString::fromLatin1(kHomePageUrl),
                           tr("Free software: use, copy, change and share it, with its copyright and "
                              "licence notice kept. It comes without any warranty."));
    for (const Component &c : components)
        html += componentHtml(c);
    return html;
}

} // namespace vkauth::gui
