// SPDX-License-Identifier: MIT
// The secret clipboard on the real (Xvfb) X11 clipboard.
#include "profiles/Clipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace vkauth::gui;

class TestClipboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void copiesWithHintAndClearsAfterTimeout();
    void leavesSomethingElseAlone();
    void zeroMeansNeverClear();
};

void TestClipboard::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestClipboard::copiesWithHintAndClearsAfterTimeout()
{
    Clipboard clipboard;
    QCOMPARE(clipboard.clearAfterSeconds(), 30);
    clipboard.setClearAfterSeconds(2);
    QSignalSpy countdown(&clipboard, &Clipboard::countdownChanged);
    QSignalSpy cleared(&clipboard, &Clipboard::cleared);
    QSignalSpy abandoned(&clipboard, &Clipboard::abandoned);
    const QString secret = QStringLiteral("vk1.a.clipboard-secret");
    clipboard.copySecret(secret);

    QTRY_COMPARE(QGuiApplication::clipboard()->text(), secret);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY2(mime->formats().contains(QLatin1String(Clipboard::kKdeHintFormat)),
        qPrintable(mime->formats().join(u',')));
    QCOMPARE(mime->data(QLatin1String(Clipboard::kKdeHintFormat)), QByteArray("secret"));
    QVERIFY(clipboard.holdsSecret());
    QCOMPARE(clipboard.remainingSeconds(), 2);

    QElapsedTimer timer;
    timer.start();
    QVERIFY(cleared.wait(5000));
    QVERIFY(timer.elapsed() >= 1500);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QCOMPARE(abandoned.count(), 0);
    QList<int> seen;
    for (const auto &args : std::as_const(countdown))
        seen << args.at(0).toInt();
    QCOMPARE(seen, QList<int>({2, 1, 0}));
    QCOMPARE(clipboard.remainingSeconds(), 0);
}

void TestClipboard::leavesSomethingElseAlone()
{
    Clipboard clipboard;
    clipboard.setClearAfterSeconds(1);
    QSignalSpy cleared(&clipboard, &Clipboard::cleared);
    QSignalSpy abandoned(&clipboard, &Clipboard::abandoned);
    QSignalSpy countdown(&clipboard, &Clipboard::countdownChanged);
    clipboard.copySecret(QStringLiteral("vk1.a.another-secret"));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("vk1.a.another-secret"));
    QGuiApplication::clipboard()->setText(QStringLiteral("something the user copied"));
    QVERIFY(abandoned.wait(4000));
    // Wait until the countdown would have run out; the user's text stays.
    QTRY_VERIFY_WITH_TIMEOUT(!countdown.isEmpty() && countdown.last().at(0).toInt() == 0, 3000);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something the user copied"));
    QCOMPARE(cleared.count(), 0);
    QVERIFY(!clipboard.holdsSecret());
}

void TestClipboard::zeroMeansNeverClear()
{
    Clipboard clipboard;
    clipboard.setClearAfterSeconds(0);
    QSignalSpy cleared(&clipboard, &Clipboard::cleared);
    clipboard.copySecret(QStringLiteral("kept"));
    QCOMPARE(clipboard.remainingSeconds(), 0);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kept"));
    QVERIFY(!cleared.wait(1500));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kept"));
}

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
