// SPDX-License-Identifier: MIT
#include "CliRunner.h"
#include "FakeVk.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

// Issue 14, "Add a token you already have", in the CLI: `vkauth-cli add` keeps a token from python
// vk_api's vk_config.v2.json (the layout of python273/vk_api VkApi._api_login), from VK's
// blank.html address on stdin, from a .env file; VK is asked whose it is (the fake as VK); a token VK
// refuses is not kept, and a token given as the argument is refused, never used.
class TestCliAdd : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void vkApiConfigFile();
    void communityAddressOnStdin();
    void envFileWithARefusedToken();
    void tokenAsArgumentIsRefused();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestCliAdd::init()
{
    QVERIFY(startCli());
    fakevk::Account a;
    a.userId = 1001;
    a.login = QStringLiteral("ivan@example.org");
    a.groups = {{11, QStringLiteral("Cats of Moscow"), QStringLiteral("moscats")}};
    m_fake->addAccount(a);
}

void TestCliAdd::cleanup()
{
    stopCli();
}

QString TestCliAdd::writeFile(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return f.fileName();
}

void TestCliAdd::vkApiConfigFile()
{
    const QString token = m_fake->issueUserToken(1001, 65536 | 4096, 0);
    const QJsonObject config {{QStringLiteral("ivan@example.org"),
        QJsonObject {{QStringLiteral("cookies"), QJsonArray {}},
            {QStringLiteral("token"),
                QJsonObject {{QStringLiteral("app6222115"),
                    QJsonObject {{QStringLiteral("scope_69632"),
                        QJsonObject {{QStringLiteral("access_token"), token},
                            {QStringLiteral("expires_in"), QStringLiteral("0")},
                            {QStringLiteral("user_id"), QStringLiteral("1001")}}}}}}}}}};
    const QString path = writeFile(QStringLiteral("vk_config.v2.json"), QJsonDocument(config).toJson());
    QVERIFY(!path.isEmpty());

    const CliResult r = m_cli->run({QStringLiteral("add"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("Added profile \"Ivan Petrov\" (user-1001-pasted)."), qPrintable(r.describe()));
    QVERIFY(!r.out.contains(token.toUtf8()) && !r.err.contains(token.toUtf8()));

    const CliResult kept = m_cli->run({QStringLiteral("token"), QStringLiteral("user-1001-pasted")});
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.describe()));
    QVERIFY(kept.out == token.toUtf8() + '\n');
    const CliResult list = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject profile = list.json().array().first().toObject();
    QCOMPARE(profile.value(u"id").toString(), QStringLiteral("user-1001-pasted"));
    QCOMPARE(profile.value(u"app").toObject().value(u"key").toString(), QStringLiteral("pasted"));
    QCOMPARE(profile.value(u"app").toObject().value(u"client_id").toString(), QStringLiteral("6222115"));

    // The same file again: the profile is updated, not doubled.
    const CliResult again = m_cli->run({QStringLiteral("add"), path});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY(again.err.contains("Updated profile"));
    QCOMPARE(m_cli->run({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 1);
}

void TestCliAdd::communityAddressOnStdin()
{
    const QString token = m_fake->issueGroupToken(11, 4096, 0);
    const QByteArray address
        = "https://oauth.vk.com/blank.html#access_token_11=" + token.toUtf8() + "&expires_in=0\n";
    const CliResult r = m_cli->run({QStringLiteral("add"), QStringLiteral("--json")}, address);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject added = r.json().array().first().toObject();
    QCOMPARE(added.value(u"id").toString(), QStringLiteral("community-11-pasted"));
    QCOMPARE(added.value(u"kind").toString(), QStringLiteral("community"));
    QCOMPARE(added.value(u"name").toString(), QStringLiteral("Cats of Moscow"));
    QVERIFY(!r.out.contains(token.toUtf8()));
    QVERIFY(m_cli->run({QStringLiteral("token"), QStringLiteral("community-11-pasted")}).out
        == token.toUtf8() + '\n');
}

void TestCliAdd::envFileWithARefusedToken()
{
    const QString good = m_fake->issueUserToken(1001, 65536, 0);
    const QByteArray bad = "vk1.a.THIS-TOKEN-WAS-NEVER-ISSUED-BY-THE-FAKE-0123456789abcdef";
    const QString path = writeFile(QStringLiteral(".env"),
        "# bot settings\nexport VK_TOKEN=\"" + good.toUtf8() + "\"\nOLD_TOKEN=" + bad
            + "\nVK_API_VERSION=5.199\n");
    const CliResult r = m_cli->run({QStringLiteral("add"), path});
    QCOMPARE(r.exitCode, 3); // AuthRefused: one token was not kept
    QVERIFY2(r.err.contains("Added profile \"Ivan Petrov\" (user-1001-pasted)."), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("VK does not accept this token"), r.err.constData());
    QVERIFY(!r.err.contains(bad));
    QCOMPARE(m_cli->run({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 1);
}

void TestCliAdd::tokenAsArgumentIsRefused()
{
    const QString token = m_fake->issueUserToken(1001, 65536, 0);
    const CliResult r = m_cli->run({QStringLiteral("add"), token});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("shell's history"), r.err.constData());
    QVERIFY(!r.err.contains(token.toUtf8()));
    QCOMPARE(m_cli->run({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 0);

    const CliResult nothing = m_cli->run({QStringLiteral("add")}, "just some words\n");
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY2(nothing.err.contains("No token found"), nothing.err.constData());
}

QTEST_GUILESS_MAIN(TestCliAdd)
#include "tst_cliadd.moc"
