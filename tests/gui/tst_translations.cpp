// SPDX-License-Identifier: MIT
#include "AboutDialog.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Startup.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <unistd.h>

using namespace vkauth;
using vkauth::gui::MainWindow;

// The app started on a Russian system speaks Russian: our strings (main window menus and actions)
// and Qt's own (standard buttons, --help). The Settings language overrides the system both ways.
// The process runs with LANGUAGE=ru / LC_ALL=ru_RU.UTF-8 (set in main() before QApplication).
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void followsRussianSystem();
    void settingsOverrideToEnglish();
    void appHelpFollowsSettingsOverride();

private:
    static QMap<QString, QString> actionTexts(const MainWindow &window);
};

void TestTranslations::init()
{
    Settings().save(); // back to "follow the system"
}

QMap<QString, QString> TestTranslations::actionTexts(const MainWindow &window)
{
    QMap<QString, QString> texts;
    for (QAction *menu : window.menuBar()->actions()) {
        texts.insert(menu->menu()->objectName(), menu->text());
        for (QAction *action : menu->menu()->actions()) {
            if (!action->isSeparator())
                texts.insert(action->objectName(), action->text());
        }
    }
    return texts;
}

void TestTranslations::followsRussianSystem()
{
    QCOMPARE(gui::applySettings().language, QString());
    QCOMPARE(Translations::install({}), QStringLiteral("ru"));
    const guitest::TempDataDir data;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto texts = actionTexts(window);
    QCOMPARE(texts.value(QStringLiteral("menuFile")), QStringLiteral("&Файл"));
    QCOMPARE(texts.value(QStringLiteral("menuHelp")), QStringLiteral("&Справка"));
    QCOMPARE(texts.value(QStringLiteral("actionQuit")), QStringLiteral("&Выход"));
    QCOMPARE(texts.value(QStringLiteral("actionAbout")), QStringLiteral("&О программе VK Auth"));
    QCOMPARE(texts.value(QStringLiteral("actionSignIn")), QStringLiteral("Вой&ти…"));

    // Qt's own strings come from qtbase_ru.qm.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Отмена"));

    // Pictures of the Russian UI, to check that the longer texts fit.
    const QString dir = testsupport::artifactDir();
    QVERIFY(window.grab().save(dir + QStringLiteral("/mainwindow-ru.png")));
    gui::SettingsDialog settings(Settings {});
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    QCOMPARE(settings.windowTitle(), QStringLiteral("Настройки"));
    QVERIFY(settings.grab().save(dir + QStringLiteral("/settings-dialog-ru.png")));
    gui::AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    QCOMPARE(about.windowTitle(), QStringLiteral("О программе VK Auth"));
    QVERIFY(about.grab().save(dir + QStringLiteral("/about-dialog-ru.png")));
}

void TestTranslations::settingsOverrideToEnglish()
{
    Settings settings;
    settings.language = QStringLiteral("en");
    settings.save();
    QCOMPARE(gui::applySettings().language, QStringLiteral("en"));
    const guitest::TempDataDir data;
    MainWindow window;
    const auto texts = actionTexts(window);
    QCOMPARE(texts.value(QStringLiteral("menuFile")), QStringLiteral("&File"));
    QCOMPARE(texts.value(QStringLiteral("actionQuit")), QStringLiteral("&Quit"));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

// The real binary on an English system, with Russian chosen in its settings file: --help is Russian,
// both our description and Qt's own option texts.
void TestTranslations::appHelpFollowsSettingsOverride()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QVERIFY(QDir().mkpath(config.path() + QStringLiteral("/vkauth")));
    {
        QSettings store(config.path() + QStringLiteral("/vkauth/vkauth.conf"), QSettings::IniFormat);
        Settings settings;
        settings.language = QStringLiteral("ru");
        settings.save(store);
    }
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(VKAUTH_APP_PATH), {QStringLiteral("--help")});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 0);
    const QString help = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(
        help.contains(QStringLiteral("Получение, хранение и выдача токенов доступа VK.")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("Параметры:")), qPrintable(help)); // from qtbase_ru.qm
    QVERIFY2(!help.contains(QStringLiteral("screenshot")), qPrintable(help)); // hidden option
}

int main(int argc, char *argv[])
{
    // The locale environment is read before main() runs (scripts/test sets an English one), so the
    // test starts itself again with a Russian system locale.
    if (qgetenv("LANGUAGE") != "ru") {
        setenv("LANGUAGE", "ru", 1);
        setenv("LC_ALL", "ru_RU.UTF-8", 1);
        setenv("LANG", "ru_RU.UTF-8", 1);
        execv("/proc/self/exe", argv);
        return 127;
    }
    QTemporaryDir config; // our own settings file, not the session's
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    gui::setApplicationIdentity();
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
