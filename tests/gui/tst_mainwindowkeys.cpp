// SPDX-License-Identifier: MIT
// The main window by keyboard and at a glance (issue 14): one mnemonic per letter in the menu bar, in
// each menu and among the profile buttons; a Profile menu and a toolbar with Sign in / Copy / Check;
// Esc clears the search; the window's size and split remembered and fitted to the screen.
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "ProfileStoreHelpers.h"
#include "Translations.h"
#include "WindowActivation.h"
#include "profiles/Clipboard.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace vkauth;
using gui::MainWindow;

namespace {

// The letter after a single '&' ("Chec&k" → 'k'), or none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

// The texts in `texts` that share a mnemonic, as "k: Chec&k / Boo&k" lines.
QStringList clashes(const QStringList &texts)
{
    QMultiHash<QChar, QString> byLetter;
    for (const QString &t : texts) {
        if (const QChar m = mnemonic(t); !m.isNull())
            byLetter.insert(m, t);
    }
    QStringList out;
    for (const QChar letter : byLetter.uniqueKeys()) {
        if (byLetter.count(letter) > 1)
            out << QString(letter) + QStringLiteral(": ")
                    + QStringList(byLetter.values(letter)).join(QStringLiteral(" / "));
    }
    return out;
}

} // namespace

class TestMainWindowKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().clear(); }
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void profileMenuAndToolbar();
    void shortcutsAreUnique();
    void escapeClearsTheSearch();
    void sizeAndSplitRememberedAndFitted();
    void exportSaysWhereItWrote();
};

void TestMainWindowKeys::mnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestMainWindowKeys::mnemonicsAreUnique()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    const guitest::TempDataDir data;
    MainWindow window;
    Translations::install(QStringLiteral("en"));
    // Alt+letter reaches the menu bar's titles and the profile buttons alike: one letter each.
    QStringList altLetters;
    for (QAction *menu : window.menuBar()->actions()) {
        altLetters << menu->text();
        QStringList inMenu;
        for (QAction *action : menu->menu()->actions()) {
            if (!action->isSeparator())
                inMenu << action->text();
        }
        QVERIFY2(clashes(inMenu).isEmpty(),
            qPrintable(menu->text() + QStringLiteral(": ") + clashes(inMenu).join(QStringLiteral("; "))));
    }
    for (QPushButton *button : window.profilesWidget()->findChildren<QPushButton *>())
        altLetters << button->text();
    QVERIFY2(clashes(altLetters).isEmpty(), qPrintable(clashes(altLetters).join(QStringLiteral("; "))));
}

void TestMainWindowKeys::profileMenuAndToolbar()
{
    const guitest::TempDataDir data;
    MainWindow window;
    const QString token = testsupport::randomSecret("vk1.a.");
    const QString id = window.profileStore()->add(testsupport::userToken(5001, token));
    QVERIFY(testsupport::waitSaved(*window.profileStore(), id));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuProfile"));
    QVERIFY(menu);
    QStringList names;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QCOMPARE(names,
        QStringList({QStringLiteral("actionCopyToken"), QStringLiteral("actionCheck"),
            QStringLiteral("actionCheckAll"), QStringLiteral("actionRename"),
            QStringLiteral("actionSignInAgain"), QStringLiteral("actionRemove")}));

    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar && toolBar->isVisible());
    names.clear();
    for (QAction *action : toolBar->actions())
        names << action->objectName();
    QCOMPARE(names,
        QStringList({QStringLiteral("actionSignIn"), QStringLiteral("actionCopyToken"),
            QStringLiteral("actionCheck"), QStringLiteral("actionCheckAll")}));

    // The toolbar's Copy copies the selected profile's token, as the button does.
    window.profilesWidget()->selectProfile(id);
    QAction *copy = toolBar->actions().at(1);
    QTRY_VERIFY(copy->isEnabled());
    QApplication::clipboard()->clear();
    QTest::mouseClick(toolBar->widgetForAction(copy), Qt::LeftButton);
    QTRY_VERIFY(QApplication::clipboard()->text() == token); // no COMPARE: a failure would print the token
    QVERIFY(guitest::saveScreenshot(&window, QStringLiteral("mainwindow-toolbar.png")));
    window.clipboard()->clearNow();
    window.profileStore()->remove(id, nullptr, {});
}

// One action per key sequence in the whole window (Check all joined Check's Ctrl+T as Ctrl+Shift+T).
void TestMainWindowKeys::shortcutsAreUnique()
{
    const guitest::TempDataDir data;
    MainWindow window;
    QHash<QKeySequence, QString> owner;
    QSet<QAction *> seen;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (seen.contains(action))
            continue;
        seen.insert(action);
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!owner.contains(key),
                qPrintable(key.toString() + QStringLiteral(": ") + owner.value(key) + QStringLiteral(" / ")
                    + action->objectName()));
            owner.insert(key, action->objectName());
        }
    }
    QCOMPARE(owner.value(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)), QStringLiteral("actionCheckAll"));
}

void TestMainWindowKeys::escapeClearsTheSearch()
{
    const guitest::TempDataDir data;
    MainWindow window;
    const QString id
        = window.profileStore()->add(testsupport::userToken(5002, testsupport::randomSecret("vk1.a.")));
    QVERIFY(testsupport::waitSaved(*window.profileStore(), id));
    window.show();
    QVERIFY(guitest::exposeAndActivate(&window));
    window.profilesWidget()->focusSearch();
    auto *search = window.profilesWidget()->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("nobody"));
    QCOMPARE(search->text(), QStringLiteral("nobody"));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QVERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Escape); // empty: back to the list
    QTRY_VERIFY(window.profilesWidget()->findChild<QTreeView *>(QStringLiteral("profileTree"))->hasFocus());
    window.profileStore()->remove(id, nullptr, {});
}

void TestMainWindowKeys::sizeAndSplitRememberedAndFitted()
{
    const guitest::TempDataDir data;
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(700, 450);
        QTRY_COMPARE(window.size(), QSize(700, 450));
        window.close();
    }
    {
        MainWindow window;
        QCOMPARE(window.size(), QSize(700, 450)); // remembered
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Larger than the screen (a saved size from a bigger monitor): fitted when opened again.
        window.resize(available.width() + 600, available.height() + 400);
        QTRY_VERIFY(window.width() > available.width());
        window.close();
    }
    MainWindow window;
    QVERIFY2(available.contains(window.geometry()),
        qPrintable(QStringLiteral("%1,%2 %3×%4 outside the screen")
                       .arg(window.x())
                       .arg(window.y())
                       .arg(window.width())
                       .arg(window.height())));
}

// A finished export is reported in the status bar (it closed silently before), into a folder made for it.
void TestMainWindowKeys::exportSaysWhereItWrote()
{
    const guitest::TempDataDir data;
    MainWindow window;
    const QString id
        = window.profileStore()->add(testsupport::userToken(5003, testsupport::randomSecret("vk1.a.")));
    QVERIFY(testsupport::waitSaved(*window.profileStore(), id));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = window.findChild<QDialog *>(QStringLiteral("ExportDialog"))) && dialog->isVisible());
    auto *format = dialog->findChild<QComboBox *>(QStringLiteral("formatCombo"));
    format->setCurrentIndex(format->findData(QStringLiteral("meta"))); // no secrets: no passphrase
    const QString path = data.path() + QStringLiteral("/new folder/profiles.json");
    auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    file->setText(path);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("ExportDialog")));
    QVERIFY(QFile::exists(path));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Exported 1 profile"))
            && message.contains(QStringLiteral("new folder")),
        qPrintable(message));
    window.profileStore()->remove(id, nullptr, {});
}

int main(int argc, char *argv[])
{
    QTemporaryDir config; // our own settings file (the window's state), not the session's
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    qputenv("LANGUAGE", "en");
    // The profile list fetches avatars with the kept tokens: no fake VK here, so the API points at a
    // closed loopback port and nothing ever reaches VK.
    qputenv("VKAUTH_API_URL", "http://127.0.0.1:1");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("vkauth"));
    QApplication::setApplicationName(QStringLiteral("vkauth"));
    TestMainWindowKeys test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindowkeys.moc"
