// SPDX-License-Identifier: MIT
#include "CliRunner.h"
#include "FakeVk.h"
#include "profiles/ProfileStore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace clitest;
using namespace vkauth;

// Issue 13 item 11 in the CLI: PROFILE is looked up as exact id → VK id → label → name, several
// matches at one level are an error (exit 9) listing them, and "list" prints no control characters
// from the index (names may come from an imported file).
class TestCliLookup : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void vkIdBeforeLabel();
    void ambiguousLabel();
    void nameLevel();
    void listStripsControlCharacters();
    void weakExportPassphraseWarned();

private:
    QString addProfile(qint64 userId, const QString &name, const QString &label, QString *token = nullptr);

    std::unique_ptr<ProfileStore> m_store;
};

void TestCliLookup::init()
{
    QVERIFY(startCli());
    ProfileStore::Options options;
    options.dataDir = m_cli->dataDir();
    m_store = std::make_unique<ProfileStore>(options);
    QVERIFY(m_store->load().ok());
}

void TestCliLookup::cleanup()
{
    m_store.reset();
    stopCli();
}

QString TestCliLookup::addProfile(qint64 userId, const QString &name, const QString &label, QString *token)
{
    ObtainedToken t;
    t.kind = TokenKind::User;
    t.vkId = userId;
    t.scope = 65536u;
    t.token = QStringLiteral("vk1.a.lookup-%1").arg(userId);
    t.app = *AppCredentials::byKey(QStringLiteral("windows"));
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    const QString id = m_store->add(t, name);
    if (!QTest::qWaitFor(
            [&] { return m_store->secretState(id) != ProfileStore::SecretState::Saving; }, 15000))
        return {};
    if (!label.isEmpty())
        m_store->setLabel(id, label);
    if (token)
        *token = t.token;
    return m_store->secretState(id) == ProfileStore::SecretState::Saved ? id : QString();
}

void TestCliLookup::vkIdBeforeLabel()
{
    QString owner;
    QVERIFY(!addProfile(12345, QStringLiteral("Real Owner"), {}, &owner).isEmpty());
    QString impostor;
    QVERIFY(!addProfile(777, QStringLiteral("Impostor"), QStringLiteral("12345"), &impostor).isEmpty());
    const CliResult r = m_cli->run({QStringLiteral("token"), QStringLiteral("12345")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, owner.toUtf8() + '\n');
}

void TestCliLookup::ambiguousLabel()
{
    const QString a = addProfile(1001, QStringLiteral("A"), QStringLiteral("bot"));
    const QString b = addProfile(1002, QStringLiteral("B"), QStringLiteral("Bot"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    for (const char *command : {"token", "check", "remove"}) {
        const CliResult r
            = m_cli->run({QString::fromLatin1(command), QStringLiteral("bot"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 9, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("PROFILE_AMBIGUOUS"));
        const QString message = r.json().object().value(u"error").toObject().value(u"message").toString();
        QVERIFY2(message.contains(a) && message.contains(b), qPrintable(message));
    }
    QVERIFY(m_store->profile(a) && m_store->profile(b)); // "remove bot" removed nothing
    const CliResult exported = m_cli->run({QStringLiteral("export"), QStringLiteral("bot"),
        QStringLiteral("--format"), QStringLiteral("meta"), QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(exported.exitCode, 9);
    // The id always works.
    QCOMPARE(m_cli->run({QStringLiteral("token"), a}).exitCode, 0);
}

void TestCliLookup::nameLevel()
{
    QString token;
    QVERIFY(!addProfile(2001, QStringLiteral("Maria Ivanova"), {}, &token).isEmpty());
    const CliResult r = m_cli->run({QStringLiteral("token"), QStringLiteral("maria ivanova")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, token.toUtf8() + '\n');
}

void TestCliLookup::listStripsControlCharacters()
{
    const QString hostile
        = QStringLiteral("Ivan\x1b]0;pwned\x07\x1b[2J") + QChar(0x202E) + QStringLiteral("gnp.exe\r\nX");
    QVERIFY(!addProfile(3001, hostile, {}).isEmpty());
    const CliResult r = m_cli->run({QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const char c : {'\x1b', '\x07', '\r'})
        QVERIFY2(!r.out.contains(c), r.out.toHex().constData());
    QVERIFY(!r.out.contains(QString(QChar(0x202E)).toUtf8()));
    QCOMPARE(
        std::count(r.out.cbegin(), r.out.cend(), '\n'), 2); // the header row, then one line for the profile
    QVERIFY(r.out.contains("Ivan"));
}

// Issue 13 item 9 (CLI half): a weak export passphrase is warned about; a strong one is not.
void TestCliLookup::weakExportPassphraseWarned()
{
    QVERIFY(!addProfile(4001, QStringLiteral("Export Me"), {}).isEmpty());
    const QString out = m_cli->dataDir() + QStringLiteral("/out.vkauth");
    const QStringList args {
        QStringLiteral("export"), QStringLiteral("--output"), out, QStringLiteral("--passphrase-stdin")};
    const CliResult weak = m_cli->run(args, "abc123\n");
    QVERIFY2(weak.exitCode == 0, qPrintable(weak.describe()));
    QVERIFY2(weak.err.contains("weak"), weak.err.constData());
    QVERIFY(!weak.err.contains("abc123"));
    const CliResult strong = m_cli->run(args, "violet-anchor-mosquito-threshold-41\n");
    QVERIFY2(strong.exitCode == 0, qPrintable(strong.describe()));
    QVERIFY2(!strong.err.contains("weak"), strong.err.constData());
}

QTEST_GUILESS_MAIN(TestCliLookup)
#include "tst_clilookup.moc"
