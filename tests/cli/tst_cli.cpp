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
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
