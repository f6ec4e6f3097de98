// SPDX-License-Identifier: MIT
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "Startup.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace vkauth;
using vkauth::gui::SettingsDialog;

// The Settings dialog shows the stored values, saves edits to the settings file and applies the
// proxy; invalid input keeps it open with the reason. Reached from File → Settings.
class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void showsValues();
    void savesAndAppliesEdits();
    void refusesManualProxyWithoutHost();
    void openedFromMainWindowMenu();

private:
    template <typename T> static T *field(QWidget &dialog, const char *name)
    {
        auto *w = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    // On the indicator: the button's middle may lie beyond its label, where a click does nothing.
    static void clickRadio(QRadioButton *radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    }
    static void clickOk(QWidget &dialog)
    {
        QTest::mouseClick(
            field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
};

void TestSettingsDialog::init()
{
    Settings().save();
    Settings().applyNetworkProxy();
}

void TestSettingsDialog::showsValues()
{
    Settings s;
    s.language = QStringLiteral("ru");
    s.domain = VkDomain::VkCom;
    s.clipboardClearSeconds = 0;
    s.defaultApp = QStringLiteral("ipad");
    s.proxyMode = Settings::ProxyMode::Manual;
    s.proxyHost = QStringLiteral("proxy.example");
    s.proxyPort = 3128;
    SettingsDialog dialog(s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(field<QComboBox>(dialog, "languageCombo")->currentText(), QStringLiteral("Русский"));
    QCOMPARE(field<QComboBox>(dialog, "domainCombo")->currentText(), QStringLiteral("vk.com"));
    QCOMPARE(field<QSpinBox>(dialog, "clipboardSpin")->text(), QStringLiteral("Never"));
    QCOMPARE(field<QComboBox>(dialog, "defaultAppCombo")->currentData().toString(), QStringLiteral("ipad"));
    QVERIFY(field<QRadioButton>(dialog, "proxyManualRadio")->isChecked());
    QVERIFY(field<QLineEdit>(dialog, "proxyHostEdit")->isEnabled());
    QCOMPARE(field<QLineEdit>(dialog, "proxyHostEdit")->text(), QStringLiteral("proxy.example"));
    QCOMPARE(dialog.settings(), s);
    // The default permissions as check boxes (issue 14), ticked from the settings: "offline" by default.
    QVERIFY(field<QCheckBox>(dialog, "scope_offline")->isChecked());
    QVERIFY(!field<QCheckBox>(dialog, "scope_wall")->isChecked());
    QVERIFY(!field<QLineEdit>(dialog, "defaultScopesEdit")->isVisible());
    QCOMPARE(field<QCheckBox>(dialog, "scope_wall")->toolTip(),
        QStringLiteral("Your wall: read, post and delete"));
    // One label column: the fields of every group start at the same x (issue 14, "aligned labels").
    const int x = field<QComboBox>(dialog, "languageCombo")->mapTo(&dialog, QPoint(0, 0)).x();
    QCOMPARE(field<QComboBox>(dialog, "defaultAppCombo")->mapTo(&dialog, QPoint(0, 0)).x(), x);
    QCOMPARE(field<QSpinBox>(dialog, "timeoutSpin")->mapTo(&dialog, QPoint(0, 0)).x(), x);
}

void TestSettingsDialog::savesAndAppliesEdits()
{
    SettingsDialog dialog(Settings::load());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!field<QLineEdit>(dialog, "proxyHostEdit")->isEnabled());
    field<QComboBox>(dialog, "languageCombo")->setCurrentIndex(2);
    field<QComboBox>(dialog, "domainCombo")->setCurrentIndex(1);
    field<QSpinBox>(dialog, "timeoutSpin")->setValue(60);
    field<QSpinBox>(dialog, "clipboardSpin")->setValue(45);
    for (const char *name : {"scope_offline", "scope_friends", "scope_wall"}) {
        auto *box = field<QCheckBox>(dialog, name);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    }
    clickRadio(field<QRadioButton>(dialog, "proxyManualRadio"));
    QVERIFY(field<QLineEdit>(dialog, "proxyHostEdit")->isEnabled());
    field<QComboBox>(dialog, "proxyTypeCombo")->setCurrentIndex(1);
    QTest::keyClicks(field<QLineEdit>(dialog, "proxyHostEdit"), QStringLiteral("127.0.0.1"));
    field<QSpinBox>(dialog, "proxyPortSpin")->setValue(1080);

    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    clickOk(dialog);
    QVERIFY2(saved.count() == 1, qPrintable(field<QLabel>(dialog, "errorLabel")->text()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Settings stored = Settings::load();
    QCOMPARE(stored.language, QStringLiteral("ru"));
    QCOMPARE(stored.domain, VkDomain::VkCom);
    QCOMPARE(stored.requestTimeoutSeconds, 60);
    QCOMPARE(stored.clipboardClearSeconds, 45);
    QCOMPARE(stored.defaultScopes, QStringLiteral("friends, wall"));
    QCOMPARE(stored.proxyMode, Settings::ProxyMode::Manual);
    QCOMPARE(stored.proxyType, QNetworkProxy::Socks5Proxy);
    QCOMPARE(stored.proxyHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(stored.proxyPort, quint16(1080));
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(QNetworkProxy::applicationProxy().port(), quint16(1080));
}

void TestSettingsDialog::refusesManualProxyWithoutHost()
{
    SettingsDialog dialog(Settings::load());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickRadio(field<QRadioButton>(dialog, "proxyManualRadio"));
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(saved.count(), 0);
    auto *error = field<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("proxy")), qPrintable(error->text()));
    QCOMPARE(Settings::load().proxyMode, Settings::ProxyMode::System);
}

void TestSettingsDialog::openedFromMainWindowMenu()
{
    const guitest::TempDataDir data;
    gui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionSettings"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
    action->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isModal());
    field<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!window.findChild<SettingsDialog *>());
}

int main(int argc, char *argv[])
{
    QTemporaryDir config; // our own settings file, not the session's
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    qputenv("LANGUAGE", "en");
    QApplication app(argc, argv);
    gui::setApplicationIdentity();
    TestSettingsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsdialog.moc"
