// SPDX-License-Identifier: MIT
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowActivation.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace vkauth::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsWithTitleActionsAndCallToAction();
    void signInButtonAsksForSignIn();
};

void TestMainWindow::startsWithTitleActionsAndCallToAction()
{
    const guitest::TempDataDir data;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("VK Auth"));
    QVERIFY(!window.windowIcon().isNull());
    // The PNGs rendered at build time, at the sizes X11 asks for (no SVG drawn at start-up).
    const QList<QSize> iconSizes {{16, 16}, {32, 32}, {64, 64}, {128, 128}};
    QCOMPARE(window.windowIcon().availableSizes(), iconSizes);
    QCOMPARE(window.windowIcon().pixmap(QSize(64, 64)).size(), QSize(64, 64));

    QStringList actionNames;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (!action->isSeparator())
                actionNames << action->objectName();
        }
    }
    QVERIFY2(actionNames.contains(QStringLiteral("actionQuit")), qPrintable(actionNames.join(u',')));
    QVERIFY(actionNames.contains(QStringLiteral("actionAbout")));
    QVERIFY(actionNames.contains(QStringLiteral("actionSignIn")));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionQuit"))->shortcut(),
        QKeySequence(QStringLiteral("Ctrl+Q")));

    auto *button = window.findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(button && button->isVisible());
    auto *title = window.findChild<QLabel *>(QStringLiteral("emptyTitle"));
    QVERIFY(title && title->isVisible());

    const QString path = testsupport::artifactDir() + QStringLiteral("/mainwindow-empty.png");
    QVERIFY(window.grab().save(path));
}

void TestMainWindow::signInButtonAsksForSignIn()
{
    const guitest::TempDataDir data;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(guitest::exposeAndActivate(&window));
    QSignalSpy spy(&window, &MainWindow::signInRequested);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    // The request opens the sign-in form; Esc closes it again.
    QDialog *form = nullptr;
    QTRY_VERIFY((form = window.findChild<QDialog *>(QStringLiteral("SignInDialog"))) && form->isVisible());
    QTest::keyClick(form, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("SignInDialog")));
    QVERIFY(guitest::exposeAndActivate(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(spy.count(), 2);
    QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("SignInDialog")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
