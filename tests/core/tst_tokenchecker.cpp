// SPDX-License-Identifier: MIT
// TokenChecker against the loopback fake VK over real HTTP, and its result kept in a real ProfileStore
// (real Secret Service).
#include "FakeVk.h"
#include "profiles/ProfileStore.h"
#include "profiles/TokenChecker.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vkauth;

class TestTokenChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void validUserTokenRefreshesAndIsStored();
    void communityToken();
    void revokedIsInvalid();
    void expired();
    void tokenOfAnotherAccount();
    void networkFailures_data();
    void networkFailures();
    void refusedEndpointGetsNoToken_data();
    void refusedEndpointGetsNoToken();

private:
    CheckResult run(const Profile &profile, const QString &token, int timeoutMs = 5000);
    Profile profileFor(TokenKind kind, qint64 id, quint32 scope, qint64 expiresIn = 0) const;

    fakevk::FakeVk m_fake;
};

// The checks share the process's one network manager (NetworkContext::network()). A test has no
// event loop of its own after the last wait, so what the manager and the aborted replies left to
// deleteLater would never be freed: free it here, as an application's event loop would.
void TestTokenChecker::cleanupTestCase()
{
    delete NetworkContext::network();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestTokenChecker::initTestCase()
{
    QVERIFY(m_fake.start());
    m_fake.exportEnvironment();
}

void TestTokenChecker::init()
{
    m_fake.clear();
    fakevk::Account ivan;
    ivan.userId = 9007199254740993LL; // beyond 2^53
    ivan.login = QStringLiteral("ivan@example.org");
    ivan.password = QStringLiteral("pw");
    ivan.groups = {fakevk::Group {77, QStringLiteral("Bot Garage"), QStringLiteral("botgarage")}};
    m_fake.addAccount(ivan);
    fakevk::Account maria;
    maria.userId = 1002;
    maria.firstName = QStringLiteral("Maria");
    maria.login = QStringLiteral("maria@example.org");
    maria.password = QStringLiteral("pw");
    m_fake.addAccount(maria);
}

Profile TestTokenChecker::profileFor(TokenKind kind, qint64 id, quint32 scope, qint64 expiresIn) const
{
    ObtainedToken t;
    t.kind = kind;
    t.vkId = id;
    t.scope = scope;
    t.expiresIn = expiresIn;
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    t.app = *AppCredentials::byKey(QStringLiteral("windows"));
    return Profile::fromObtained(t);
}

CheckResult TestTokenChecker::run(const Profile &profile, const QString &token, int timeoutMs)
{
    NetworkContext context;
    context.timeoutMs = timeoutMs;
    TokenChecker checker(context);
    QSignalSpy spy(&checker, &TokenChecker::finished);
    checker.check(profile, token);
    if (!spy.wait(timeoutMs * 3))
        return {};
    return spy.first().at(1).value<CheckResult>();
}

void TestTokenChecker::validUserTokenRefreshesAndIsStored()
{
    const qint64 id = 9007199254740993LL;
    const QString token = m_fake.issueUserToken(id, 65536 | 8192 | 2);
    QTemporaryDir dir;
    QString profileId;
    {
        ProfileStore store(ProfileStore::Options {dir.path()});
        store.load();
        ObtainedToken t;
        t.vkId = id;
        t.token = token;
        t.scope = 65536; // what was asked for; VK knows better
        t.app = *AppCredentials::byKey(QStringLiteral("windows"));
        profileId = store.add(t);
        QTRY_COMPARE_WITH_TIMEOUT(store.secretState(profileId), ProfileStore::SecretState::Saved, 15000);

        // The check reads the token from the keychain, as the GUI and CLI do.
        std::optional<ProfileSecrets> secrets;
        store.readSecrets(profileId, this,
            [&](const std::optional<ProfileSecrets> &s, const std::optional<SecretError> &) { secrets = s; });
        QTRY_VERIFY_WITH_TIMEOUT(secrets.has_value(), 15000);
        const CheckResult result = run(*store.profile(profileId), secrets->token);
        QCOMPARE(result.status, CheckStatus::Valid);
        QCOMPARE(result.name, QStringLiteral("Ivan Petrov"));
        QCOMPARE(result.scope, std::optional<quint32>(65536 | 8192 | 2));
        QVERIFY(result.checkedAt.isValid());
        QVERIFY(store.recordCheck(profileId, result));
        bool removed = false;
        QObject context;
        ProfileStore copy(ProfileStore::Options {dir.path()});
        QVERIFY(copy.load().ok());
        const Profile stored = *copy.profile(profileId);
        QCOMPARE(stored.lastCheck, CheckStatus::Valid);
        QCOMPARE(stored.name, QStringLiteral("Ivan Petrov"));
        QCOMPARE(stored.scopeNames(),
            QStringList({QStringLiteral("friends"), QStringLiteral("wall"), QStringLiteral("offline")}));
        QVERIFY(stored.lastCheckAt.isValid());
        store.remove(profileId, &context, [&](const std::optional<SecretError> &e) { removed = !e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }

    // The token travelled in the POST body, not in the URL.
    const auto requests = m_fake.requests(QStringLiteral("/method/users.get"));
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.last().method, QByteArray("POST"));
    QVERIFY(!requests.last().url.toString().contains(token));
    QVERIFY(requests.last().body.contains(QUrl::toPercentEncoding(token)));
}

void TestTokenChecker::communityToken()
{
    const QString token = m_fake.issueGroupToken(77, 4096 | 262144);
    const CheckResult result = run(profileFor(TokenKind::Community, 77, 4096), token);
    QCOMPARE(result.status, CheckStatus::Valid);
    QCOMPARE(result.name, QStringLiteral("Bot Garage"));
    QCOMPARE(result.scope, std::optional<quint32>(4096 | 262144));
}

void TestTokenChecker::revokedIsInvalid()
{
    const QString token = m_fake.issueUserToken(1002, 2);
    m_fake.revokeToken(token);
    const CheckResult result = run(profileFor(TokenKind::User, 1002, 2), token);
    QCOMPARE(result.status, CheckStatus::Invalid);
    QVERIFY(result.details.startsWith(QLatin1String("5:")));
    QVERIFY(!result.details.contains(token));
    QVERIFY(!result.message.isEmpty());
}

void TestTokenChecker::expired()
{
    const QString token = m_fake.issueUserToken(1002, 2, 1);
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(1);
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expiry.addMSecs(100), 5000);
    const CheckResult result = run(profileFor(TokenKind::User, 1002, 2, 1), token);
    QCOMPARE(result.status, CheckStatus::Expired);
    QVERIFY(result.message.contains(QLatin1String("expired")));
}

void TestTokenChecker::tokenOfAnotherAccount()
{
    const QString token = m_fake.issueUserToken(1002, 2);
    const CheckResult result = run(profileFor(TokenKind::User, 9007199254740993LL, 2), token);
    QCOMPARE(result.status, CheckStatus::Invalid);
    QVERIFY(result.message.contains(QLatin1String("1002")));
}

void TestTokenChecker::networkFailures_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("slow") << int(fakevk::Fault::Slow);
    QTest::newRow("dropped") << int(fakevk::Fault::DropConnection);
    QTest::newRow("html") << int(fakevk::Fault::NonJson);
    QTest::newRow("500") << int(fakevk::Fault::Http500);
    QTest::newRow("huge") << int(fakevk::Fault::HugeBody);
}

void TestTokenChecker::networkFailures()
{
    QFETCH(int, fault);
    const QString token = m_fake.issueUserToken(1002, 2);
    m_fake.setFault(QStringLiteral("/method/users.get"), fakevk::Fault(fault));
    m_fake.setFaultDelayMs(3000);
    m_fake.setHugeBodyBytes(4 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const CheckResult result = run(profileFor(TokenKind::User, 1002, 2), token, 800);
    QCOMPARE(result.status, CheckStatus::NetworkError);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(timer.elapsed() < 2900); // the transfer timeout, not the server, ended the slow case
    m_fake.setFault(QStringLiteral("/method/users.get"), fakevk::Fault::None);
}

void TestTokenChecker::refusedEndpointGetsNoToken_data()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("http remote") << QStringLiteral("http://remote.example.org");
}

void TestTokenChecker::refusedEndpointGetsNoToken()
{
    // VKAUTH_API_URL=http://remote would have sent every kept token in clear (issue 13 item 5).
    QFETCH(QString, api);
    const QString token = m_fake.issueUserToken(1002, 2);
    const QByteArray saved = qgetenv("VKAUTH_API_URL");
    qputenv("VKAUTH_API_URL", api.toUtf8());
    TokenChecker checker; // its endpoints come from the environment
    qputenv("VKAUTH_API_URL", saved);
    QSignalSpy spy(&checker, &TokenChecker::finished);
    checker.check(profileFor(TokenKind::User, 1002, 2), token);
    QVERIFY(spy.wait(5000));
    const auto result = spy.first().at(1).value<CheckResult>();
    QCOMPARE(result.status, CheckStatus::NetworkError);
    const QString host = QUrl(api).host();
    QVERIFY2(result.message.contains(host), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestTokenChecker)
#include "tst_tokenchecker.moc"
