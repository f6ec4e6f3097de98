// SPDX-License-Identifier: MIT
#include "AboutDialog.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Version.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace vkauth::gui;

// Help → About opens our dialog: version, and the licence of every library we ship on.
class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsVersionAndLicences();
    void helpMenuOpensTheProjectPages();
};

// Receives what QDesktopServices::openUrl() would hand to the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

void TestAboutDialog::showsVersionAndLicences()
{
    const guitest::TempDataDir data;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    AboutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // The app's SVG icon, drawn by Qt's SVG plugin (the app does not link Qt Svg itself).
    const QPixmap icon = dialog->findChild<QLabel *>(QStringLiteral("iconLabel"))->pixmap();
    QCOMPARE(icon.size(), QSize(96, 96));
    const QImage drawn = icon.toImage();
    int painted = 0;
    for (int y = 0; y < drawn.height(); ++y) {
        for (int x = 0; x < drawn.width(); ++x)
            painted += drawn.pixelColor(x, y).alpha() > 0 ? 1 : 0;
    }
    QVERIFY2(painted > drawn.width() * drawn.height() / 4, qPrintable(QString::number(painted)));

    const QString version = dialog->findChild<QLabel *>(QStringLiteral("versionLabel"))->text();
    QVERIFY2(version.contains(QString::fromLatin1(vkauth::kVersion)), qPrintable(version));
    QVERIFY2(version.contains(QString::fromLatin1(qVersion())), qPrintable(version));
    const QString licences
        = dialog->findChild<QTextBrowser *>(QStringLiteral("licensesBrowser"))->toPlainText();
    // VK Auth's own licence first, with the home page; the LICENSE file says the same.
    QVERIFY2(licences.startsWith(QStringLiteral("VK Auth")), qPrintable(licences.left(80)));
    QVERIFY(licences.contains(QStringLiteral("MIT License")));
    QVERIFY(licences.contains(QString::fromLatin1(vkauth::kHomePageUrl)));
    QFile licenseFile(QStringLiteral(VKAUTH_SOURCE_DIR "/LICENSE"));
    QVERIFY(licenseFile.open(QIODevice::ReadOnly));
    QVERIFY(licenseFile.readLine().startsWith("MIT License"));
    for (const char *expected : {"Qt", "LGPLv3", "QtKeychain", "BSD 3-Clause", "gumbo", "Apache License 2.0",
             "libsodium", "ISC", "Chromium"}) {
        QVERIFY2(licences.contains(QLatin1String(expected)), expected);
    }
    QVERIFY(dialog->grab().save(testsupport::artifactDir() + QStringLiteral("/about-dialog.png")));

    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
    QTRY_VERIFY(!window.findChild<AboutDialog *>());
}

void TestAboutDialog::helpMenuOpensTheProjectPages()
{
    const guitest::TempDataDir data;
    MainWindow window;
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    window.findChild<QAction *>(QStringLiteral("actionDocumentation"))->trigger();
    window.findChild<QAction *>(QStringLiteral("actionReportBug"))->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    const QString home = QString::fromLatin1(vkauth::kHomePageUrl);
    QCOMPARE(catcher.urls,
        QList<QUrl>({QUrl(home + QStringLiteral("#readme")), QUrl(home + QStringLiteral("/issues"))}));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionDocumentation"))->shortcut(),
        QKeySequence(Qt::Key_F1));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
