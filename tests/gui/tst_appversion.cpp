// SPDX-License-Identifier: MIT
#include <QProcess>
#include <QTest>

// The installed binaries answer --version without opening a window.
class TestAppVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guiVersion();
};

void TestAppVersion::guiVersion()
{
    QProcess p;
    p.start(QStringLiteral(VKAUTH_APP_PATH), {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(p.readAllStandardOutput().contains("0."), "version printed");
}

QTEST_GUILESS_MAIN(TestAppVersion)
#include "tst_appversion.moc"
