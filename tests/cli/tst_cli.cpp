// SPDX-License-Identifier: MIT
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version();
    void help();
    void unknownCommand();
    void noCommand();
    void scopes();
    void jsonOfSimpleCommands();
    void unknownCommandJson();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
};

TestCli::Run TestCli::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(VKAUTH_CLI_PATH), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return {-1, {}, QStringLiteral("timeout")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("vkauth-cli ")), qPrintable(r.out));
    QVERIFY(r.out.trimmed().section(u' ', 1).contains(u'.'));
}

void TestCli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Usage: vkauth-cli")));
    QVERIFY(r.err.isEmpty());
}

void TestCli::unknownCommand()
{
    const Run r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(QStringLiteral("--help")));
}

void TestCli::noCommand()
{
    QCOMPARE(run({}).exitCode, 2);
}

void TestCli::scopes()
{
    const Run r = run({QStringLiteral("scopes"), QStringLiteral("community")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("manage")));
    QVERIFY(!r.out.contains(QStringLiteral("friends")));
}

void TestCli::jsonOfSimpleCommands()
{
    const Run scopes = run({QStringLiteral("scopes"), QStringLiteral("user"), QStringLiteral("--json")});
    QCOMPARE(scopes.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(scopes.out.toUtf8()).array();
    QVERIFY(list.contains(
        QJsonObject {{QStringLiteral("name"), QStringLiteral("offline")}, {QStringLiteral("bit"), 65536}}));

    const Run apps = run({QStringLiteral("apps"), QStringLiteral("--json")});
    QCOMPARE(apps.exitCode, 0);
    const QJsonArray appList = QJsonDocument::fromJson(apps.out.toUtf8()).array();
    QCOMPARE(appList.size(), 8);
    QCOMPARE(appList.first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("android"));

    const Run version = run({QStringLiteral("version"), QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(version.out.toUtf8())
                .object()
                .value(QStringLiteral("version"))
                .toString()
                .contains(u'.'));
}

void TestCli::unknownCommandJson()
{
    const Run r = run({QStringLiteral("frobnicate"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject error
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("BAD_USAGE"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("frobnicate")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
