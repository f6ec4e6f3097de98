#include "AboutDialog.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Version.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace vkauth::gui;

// Help → About opens our dialog: version, and the licence of every library we ship on.
class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsVersionAndLicences();
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

    const QString version = dialog->findChild<QLabel *>(QStringLiteral("versionLabel"))->text();
    QVERIFY2(version.contains(QString::fromLatin1(vkauth::kVersion)), qPrintable(version));
    QVERIFY2(version.contains(QString::fromLatin1(qVersion())), qPrintable(version));
    const QString licences
        = dialog->findChild<QTextBrowser *>(QStringLiteral("licensesBrowser"))->toPlainText();
    for (const char *expected : {"Qt", "LGPLv3", "QtKeychain", "BSD 3-Clause", "gumbo", "Apache License 2.0",
             "libsodium", "ISC", "Chromium"}) {
        QVERIFY2(licences.contains(QLatin1String(expected)), expected);
    }
    QVERIFY(dialog->grab().save(testsupport::artifactDir() + QStringLiteral("/about-dialog.png")));

    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
    QTRY_VERIFY(!window.findChild<AboutDialog *>());
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
