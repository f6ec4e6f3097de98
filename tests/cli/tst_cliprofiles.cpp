// SPDX-License-Identifier: MIT
#include "CliRunner.h"
#include "FakeVk.h"
#include "auth/OfficialApps.h"
#include "profiles/ProfileStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace clitest;
using namespace vkauth;

// The profile commands of the built vkauth-cli (list, token, check, remove, export, import) over the
// same profile store and keychain the app uses: profiles made here in-process with ProfileStore (as
// the app makes them) show in the CLI, and the CLI's changes show here.
class TestCliProfiles : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listShowsAppProfiles();
    void listJsonStreamsOneDocument();
    void tokenInPipeline();
    void tokenByIdAndVkId();
    void notFound();
    void check();
    void removeForgetsEverywhere();
    void exportImportEncrypted();
    void wrongPassphrase();
    void exportEnvAndMeta();
    void noPassphraseSource();
    void damagedIndexIsFailure();
    void keychainUnavailable();
    void helpForEveryCommand_data();
    void helpForEveryCommand();

private:
    QString addProfile(qint64 userId, const QString &label, QString *token = nullptr);

    std::unique_ptr<ProfileStore> m_store;
};

void TestCliProfiles::init()
{
    QVERIFY(startCli());
    ProfileStore::Options options;
    options.dataDir = m_cli->dataDir();
    m_store = std::make_unique<ProfileStore>(options);
    QVERIFY(m_store->load().ok());
}

void TestCliProfiles::cleanup()
{
    m_store.reset();
    stopCli();
}

// A user profile saved the way the app saves one.
QString TestCliProfiles::addProfile(qint64 userId, const QString &label, QString *token)
{
    fakevk::Account a;
    a.userId = userId;
    a.login = QStringLiteral("p%1@example.org").arg(userId);
    a.password = QStringLiteral("x");
    m_fake->addAccount(a);
    ObtainedToken t;
    t.kind = TokenKind::User;
    t.vkId = userId;
    t.scope = 65536u | 2u;
    t.token = m_fake->issueUserToken(userId, t.scope);
    t.app = *AppCredentials::byKey(QStringLiteral("windows"));
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    QSignalSpy saved(m_store.get(), &ProfileStore::secretStateChanged);
    const QString id = m_store->add(t, QStringLiteral("Ivan Petrov"));
    if (!label.isEmpty())
        m_store->setLabel(id, label);
    for (int i = 0; i < 3 && m_store->secretState(id) == ProfileStore::SecretState::Saving; ++i)
        saved.wait(10000);
    if (token)
        *token = t.token;
    return m_store->secretState(id) == ProfileStore::SecretState::Saved ? id : QString();
}

void TestCliProfiles::listShowsAppProfiles()
{
    const QString id = addProfile(8100000001LL, QStringLiteral("mybot"));
    QVERIFY(!id.isEmpty());
    const CliResult r = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray list = r.json().array();
    QCOMPARE(list.size(), 1);
    const QJsonObject p = list.first().toObject();
    QCOMPARE(p.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(p.value(QStringLiteral("kind")).toString(), QStringLiteral("user"));
    QCOMPARE(p.value(QStringLiteral("vk_id")).toInteger(), 8100000001LL);
    QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Ivan Petrov"));
    QCOMPARE(p.value(QStringLiteral("label")).toString(), QStringLiteral("mybot"));
    QVERIFY(p.contains(QStringLiteral("expires_at")));
    QVERIFY(!r.out.contains("token\""));

    const CliResult plain = m_cli->run({QStringLiteral("list")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains(id.toUtf8()));
    QVERIFY(plain.out.contains("mybot"));
}

// "list --json" writes its array item by item: the text is still exactly the one indented document.
void TestCliProfiles::listJsonStreamsOneDocument()
{
    const CliResult empty = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(empty.out, QByteArray("[\n]\n"));
    QVERIFY(!addProfile(8100000011LL, QStringLiteral("first")).isEmpty());
    QVERIFY(!addProfile(8100000012LL, QStringLiteral("second")).isEmpty());
    const CliResult r = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().array().size(), 2);
    QCOMPARE(r.out, r.json().toJson(QJsonDocument::Indented));
}

void TestCliProfiles::tokenInPipeline()
{
    QString token;
    QVERIFY(!addProfile(8100000002LL, QStringLiteral("mybot"), &token).isEmpty());
    auto env = m_cli->env();
    env.insert(QStringLiteral("CLI"), CliRunner::program());
    QProcess sh;
    sh.setProcessEnvironment(env);
    sh.start(QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
            QStringLiteral("VK_TOKEN=$(\"$CLI\" token mybot) || exit 9; echo \"got:$VK_TOKEN\"")});
    const CliResult r = CliRunner::finish(sh);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, "got:" + token.toUtf8() + '\n');

    QProcess missing;
    missing.setProcessEnvironment(env);
    missing.start(QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), QStringLiteral("VK_TOKEN=$(\"$CLI\" token nobody) || exit $?")});
    QCOMPARE(CliRunner::finish(missing).exitCode, 6);
}

void TestCliProfiles::tokenByIdAndVkId()
{
    QString token;
    const QString id = addProfile(8100000003LL, {}, &token);
    QVERIFY(!id.isEmpty());
    for (const QString &query : {id, QStringLiteral("8100000003")}) {
        const CliResult r = m_cli->run({QStringLiteral("token"), query});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, token.toUtf8() + '\n');
        QVERIFY(!r.err.contains(token.toUtf8()));
    }
    const CliResult json = m_cli->run({QStringLiteral("token"), id, QStringLiteral("--json")});
    QCOMPARE(json.json().object().value(QStringLiteral("token")).toString(), token);
}

void TestCliProfiles::notFound()
{
    for (const char *command : {"token", "check", "remove"}) {
        const CliResult r
            = m_cli->run({QString::fromLatin1(command), QStringLiteral("nobody"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("PROFILE_NOT_FOUND"));
    }
    const CliResult exportMissing = m_cli->run({QStringLiteral("export"), QStringLiteral("nobody"),
        QStringLiteral("--format"), QStringLiteral("meta"), QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(exportMissing.exitCode, 6);
    QCOMPARE(m_cli->run({QStringLiteral("token")}).exitCode, 2);
}

void TestCliProfiles::check()
{
    QString token;
    const QString id = addProfile(8100000004LL, QStringLiteral("checkme"), &token);
    QVERIFY(!id.isEmpty());
    const CliResult ok
        = m_cli->run({QStringLiteral("check"), QStringLiteral("checkme"), QStringLiteral("--json")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    QCOMPARE(ok.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QVERIFY(!m_fake->requests(QStringLiteral("/method/users.get")).isEmpty());

    m_fake->revokeToken(token);
    const CliResult refused
        = m_cli->run({QStringLiteral("check"), QStringLiteral("checkme"), QStringLiteral("--json")});
    QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));
    QCOMPARE(refused.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));

    // The result is kept in the shared store.
    QVERIFY(m_store->load().ok());
    QCOMPARE(m_store->profile(id)->lastCheck, CheckStatus::Invalid);

    m_fake->setFault(QStringLiteral("/method/users.get"), fakevk::Fault::DropConnection);
    m_fake->setFault(QStringLiteral("/method/account.getAppPermissions"), fakevk::Fault::DropConnection);
    const CliResult offline = m_cli->run({QStringLiteral("check"), QStringLiteral("checkme")});
    QVERIFY2(offline.exitCode == 4, qPrintable(offline.describe()));
}

void TestCliProfiles::removeForgetsEverywhere()
{
    const QString id = addProfile(8100000005LL, QStringLiteral("gone"));
    QVERIFY(!id.isEmpty());
    const CliResult r
        = m_cli->run({QStringLiteral("remove"), QStringLiteral("gone"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("removed")).toString(), id);
    QVERIFY(m_store->load().ok());
    QVERIFY(!m_store->profile(id));
    QCOMPARE(m_cli->run({QStringLiteral("token"), QStringLiteral("gone")}).exitCode, 6);
}

void TestCliProfiles::exportImportEncrypted()
{
    QString token;
    const QString id = addProfile(8100000006LL, QStringLiteral("travel"), &token);
    QVERIFY(!id.isEmpty());
    const QString file = m_cli->dataDir() + QStringLiteral("/out.vkauth");
    const QByteArray passphrase = "correct horse battery staple";
    const CliResult out
        = m_cli->run({QStringLiteral("export"), QStringLiteral("travel"), QStringLiteral("--output"), file,
                         QStringLiteral("--passphrase-stdin"), QStringLiteral("--json")},
            passphrase + '\n');
    QVERIFY2(out.exitCode == 0, qPrintable(out.describe()));
    QCOMPARE(out.json().object().value(QStringLiteral("exported")).toInt(), 1);
    QCOMPARE(
        QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(!content.contains(token.toUtf8()));
    QVERIFY(!(out.out + out.err).contains(passphrase));

    QCOMPARE(m_cli->run({QStringLiteral("remove"), QStringLiteral("travel")}).exitCode, 0);
    const CliResult in = m_cli->run(
        {QStringLiteral("import"), file, QStringLiteral("--passphrase-stdin"), QStringLiteral("--json")},
        passphrase + '\n');
    QVERIFY2(in.exitCode == 0, qPrintable(in.describe()));
    QCOMPARE(in.json().object().value(QStringLiteral("added")).toInt(), 1);
    const CliResult back = m_cli->run({QStringLiteral("token"), QStringLiteral("travel")});
    QCOMPARE(back.out, token.toUtf8() + '\n');
}

void TestCliProfiles::wrongPassphrase()
{
    QVERIFY(!addProfile(8100000007LL, QStringLiteral("locked")).isEmpty());
    const QString file = m_cli->dataDir() + QStringLiteral("/locked.vkauth");
    QCOMPARE(m_cli
                 ->run({QStringLiteral("export"), QStringLiteral("--output"), file,
                           QStringLiteral("--passphrase-stdin")},
                     "right one\n")
                 .exitCode,
        0);
    const CliResult r = m_cli->run(
        {QStringLiteral("import"), file, QStringLiteral("--passphrase-stdin"), QStringLiteral("--json")},
        "wrong one\n");
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("WRONG_PASSPHRASE"));
}

void TestCliProfiles::exportEnvAndMeta()
{
    QString token;
    QVERIFY(!addProfile(8100000008LL, QStringLiteral("envbot"), &token).isEmpty());
    const CliResult env = m_cli->run({QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("env"), QStringLiteral("--output"), QStringLiteral("-")});
    QVERIFY2(env.exitCode == 0, qPrintable(env.describe()));
    QVERIFY2(env.out.contains("=" + token.toUtf8()), env.out.constData());
    QVERIFY(env.err.contains("plain text"));

    const CliResult meta = m_cli->run({QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("meta"), QStringLiteral("--output"), QStringLiteral("-")});
    QVERIFY2(meta.exitCode == 0, qPrintable(meta.describe()));
    QVERIFY(meta.out.contains("envbot"));
    QVERIFY(!meta.out.contains(token.toUtf8()));

    const CliResult bad = m_cli->run({QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("xml"), QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCliProfiles::noPassphraseSource()
{
    QVERIFY(!addProfile(8100000009LL, {}).isEmpty());
    const QString file = m_cli->dataDir() + QStringLiteral("/x.vkauth");
    const CliResult r = m_cli->run({QStringLiteral("export"), QStringLiteral("--output"), file}, {}, 15000);
    QVERIFY2(r.finished && r.exitCode == 7, qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(m_cli
                 ->run({QStringLiteral("export"), QStringLiteral("--output"), file,
                     QStringLiteral("--passphrase")})
                 .exitCode,
        2);
}

// An index that cannot be read and has no backup: "other failure", with the reason.
void TestCliProfiles::damagedIndexIsFailure()
{
    QFile index(m_cli->dataDir() + QStringLiteral("/profiles.json"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("{ not json");
    index.close();
    const CliResult r = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(!r.err.isEmpty());
}

void TestCliProfiles::keychainUnavailable()
{
    QVERIFY(!addProfile(8100000010LL, QStringLiteral("nokeychain")).isEmpty());
    m_cli->env().insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/vkauth-bus"));
    m_cli->env().remove(QStringLiteral("DISPLAY"));
    const CliResult r
        = m_cli->run({QStringLiteral("token"), QStringLiteral("nokeychain"), QStringLiteral("--json")});
    QVERIFY2(r.finished && r.exitCode == 5, qPrintable(r.describe()));
    QVERIFY(r.out.contains("error"));
    QVERIFY(m_cli->run({QStringLiteral("remove"), QStringLiteral("nokeychain")}).exitCode == 5);
    QVERIFY(m_store->load().ok());
    QCOMPARE(m_store->profiles().size(), 1); // nothing orphaned
}

void TestCliProfiles::helpForEveryCommand_data()
{
    QTest::addColumn<QStringList>("command");
    for (const char *c : {"list", "token", "check", "remove", "export", "import", "verify"})
        QTest::newRow(c) << QStringList {QString::fromLatin1(c)};
    QTest::newRow("login") << QStringList {QStringLiteral("login")};
    QTest::newRow("login direct") << QStringList {QStringLiteral("login"), QStringLiteral("direct")};
    QTest::newRow("login browser") << QStringList {QStringLiteral("login"), QStringLiteral("browser")};
}

void TestCliProfiles::helpForEveryCommand()
{
    QFETCH(QStringList, command);
    const CliResult r = m_cli->run(command + QStringList {QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.startsWith("Usage: vkauth-cli " + command.join(u' ').toUtf8()));
    QVERIFY(r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cliprofiles.moc"
