// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "FlowHarness.h"
#include "QueuePrompter.h"
#include "auth/DirectAuthorization.h"
#include "auth/Scopes.h"

#include <QTest>
#include <QUrlQuery>

using namespace vkauth;
using namespace testsupport;

// The password grant against the loopback fake: success with every official app, refusals, input
// checks, and a trusted_hash that skips the second factor.
class TestDirectAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void success_data();
    void success();
    void passwordStaysOutOfUrls();
    void wrongPassword();
    void tooManyTries();
    void blocked();
    void unknownClient();
    void invalidInput_data();
    void invalidInput();
    void unknownScopeNames();
    void trustedHashSkipsTwoFactor();

private:
    std::unique_ptr<fakevk::FakeVk> m_fake;
};

void TestDirectAuth::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
}

void TestDirectAuth::cleanup()
{
    m_fake.reset();
}

void TestDirectAuth::success_data()
{
    QTest::addColumn<QString>("appKey");
    for (const AppCredentials &app : AppCredentials::official())
        QTest::newRow(app.key.toUtf8().constData()) << app.key;
}

void TestDirectAuth::success()
{
    QFETCH(QString, appKey);
    const auto account = testAccount();
    m_fake->addAccount(account);
    QueuePrompter prompter;
    const DirectAuthOptions options = directOptions(*m_fake, account, appKey);
    DirectAuthorization flow(options, &prompter);
    OutcomeSpy spy(&flow);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    flow.start();
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    const AuthOutcome outcome = spy.outcome();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->details : QString()));
    QCOMPARE(outcome.tokens.size(), 1);
    const ObtainedToken &token = outcome.tokens.first();
    QCOMPARE(token.vkId, account.userId);
    QVERIFY(m_fake->isValidToken(token.token));
    QCOMPARE(token.email, account.email);
    QCOMPARE(token.expiresIn, 0); // offline scope
    QCOMPARE(token.scope, options.scope);
    QCOMPARE(token.app.clientId, options.app.clientId);
    QVERIFY(token.obtainedAt >= before && token.obtainedAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(flow.state(), DirectAuthorization::State::Finished);
    QVERIFY(prompter.questions().isEmpty());

    const auto requests = m_fake->requests(QStringLiteral("/token"));
    QCOMPARE(requests.size(), 1);
    const QByteArray agent = requests.first().headers.value("user-agent");
    if (appKey == u"android")
        QCOMPARE(agent, options.app.userAgent.toUtf8());
    else
        QVERIFY2(!agent.contains("Android"), agent.constData());
}

void TestDirectAuth::passwordStaysOutOfUrls()
{
    const auto account = testAccount();
    m_fake->addAccount(account);
    QueuePrompter prompter;
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY(spy.outcome().ok());
    const auto request = m_fake->requests(QStringLiteral("/token")).first();
    QCOMPARE(request.method, QByteArray("POST"));
    QVERIFY(!QUrl::fromPercentEncoding(request.url.toEncoded()).contains(account.password));
    const QUrlQuery body(QString::fromUtf8(request.body).replace(u'+', QStringLiteral("%2B")));
    QCOMPARE(body.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded), account.password);
    QCOMPARE(body.queryItemValue(QStringLiteral("2fa_supported")), QStringLiteral("1"));
    QCOMPARE(body.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("password"));
    QCOMPARE(body.queryItemValue(QStringLiteral("scope")), QString::number(4194304u | 65536u | 2u));
}

void TestDirectAuth::wrongPassword()
{
    auto account = testAccount();
    m_fake->addAccount(account);
    account.password = QStringLiteral("not the password");
    QueuePrompter prompter;
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.errorCode(), AuthErrorCode::UsernameOrPasswordIsIncorrect);
    QVERIFY(!spy.outcome().error->message.isEmpty());
}

void TestDirectAuth::tooManyTries()
{
    auto account = testAccount();
    account.tooMuchTries = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QCOMPARE(spy.errorCode(), AuthErrorCode::TooMuchTries);
}

void TestDirectAuth::blocked()
{
    auto account = testAccount();
    account.blocked = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QCOMPARE(spy.errorCode(), AuthErrorCode::PageBlocked);
}

void TestDirectAuth::unknownClient()
{
    const auto account = testAccount();
    m_fake->addAccount(account);
    QueuePrompter prompter;
    DirectAuthOptions options = directOptions(*m_fake, account);
    options.app = AppCredentials::custom(QStringLiteral("1234567"), QStringLiteral("nope"));
    DirectAuthorization flow(options, &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QCOMPARE(spy.errorCode(), AuthErrorCode::AuthorizationFailed);
    QVERIFY2(spy.outcome().error->details.contains(QLatin1String("invalid_client")),
        qPrintable(spy.outcome().error->details));
    QVERIFY2(spy.outcome().error->details.contains(QLatin1String("client_id is incorrect")),
        qPrintable(spy.outcome().error->details));
}

void TestDirectAuth::invalidInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no login") << QStringLiteral("login") << QString() << QStringLiteral("login");
    QTest::newRow("no password") << QStringLiteral("password") << QString() << QStringLiteral("password");
    QTest::newRow("no client id") << QStringLiteral("clientId") << QString() << QStringLiteral("client ID");
    QTest::newRow("no client secret")
        << QStringLiteral("clientSecret") << QString() << QStringLiteral("secret");
    QTest::newRow("client id not a number")
        << QStringLiteral("clientId") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("plain http to a remote host")
        << QStringLiteral("oauth") << QStringLiteral("http://example.org") << QStringLiteral("http://");
    QTest::newRow("not a web address") << QStringLiteral("api") << QStringLiteral("ftp://127.0.0.1/")
                                       << QStringLiteral("not a valid web address");
    QTest::newRow("zero timeout") << QStringLiteral("timeout") << QStringLiteral("0")
                                  << QStringLiteral("timeout");
}

void TestDirectAuth::invalidInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    const auto account = testAccount();
    m_fake->addAccount(account);
    DirectAuthOptions options = directOptions(*m_fake, account);
    if (field == u"login")
        options.login = value;
    else if (field == u"password")
        options.password = value;
    else if (field == u"clientId")
        options.app.clientId = value;
    else if (field == u"clientSecret")
        options.app.clientSecret = value;
    else if (field == u"oauth")
        options.endpoints.oauth = QUrl(value);
    else if (field == u"api")
        options.endpoints.api = QUrl(value);
    else if (field == u"timeout")
        options.timeoutMs = value.toInt();
    QueuePrompter prompter;
    DirectAuthorization flow(options, &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.errorCode(), AuthErrorCode::InvalidInput);
    QVERIFY2(spy.outcome().error->details.contains(messagePart, Qt::CaseInsensitive),
        qPrintable(spy.outcome().error->details));
    QVERIFY(m_fake->requests().isEmpty()); // nothing was sent
}

void TestDirectAuth::unknownScopeNames()
{
    // Names are turned into the mask before a flow exists; an unknown name stops there, by name.
    const auto parsed = Scopes::parse(QStringLiteral("friends, wal, offline"), ScopeKind::User);
    QVERIFY(!parsed.mask.has_value());
    QVERIFY2(parsed.error.contains(QLatin1String("wal")), qPrintable(parsed.error));
}

void TestDirectAuth::trustedHashSkipsTwoFactor()
{
    auto account = testAccount();
    account.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(account);

    QueuePrompter prompter;
    prompter.answer(account.otp);
    DirectAuthorization first(directOptions(*m_fake, account), &prompter);
    OutcomeSpy firstSpy(&first);
    first.start();
    QVERIFY(firstSpy.wait());
    QVERIFY(firstSpy.outcome().ok());
    const QString trustedHash = firstSpy.outcome().tokens.first().trustedHash;
    QVERIFY(!trustedHash.isEmpty());
    QCOMPARE(prompter.count(Prompt::Kind::TwoFactor), 1);

    DirectAuthOptions options = directOptions(*m_fake, account);
    options.trustedHash = trustedHash;
    DirectAuthorization second(options, &prompter);
    OutcomeSpy secondSpy(&second);
    second.start();
    QVERIFY(secondSpy.wait());
    QVERIFY(secondSpy.outcome().ok());
    QCOMPARE(prompter.count(Prompt::Kind::TwoFactor), 1); // not asked again
    QCOMPARE(secondSpy.outcome().tokens.first().trustedHash, trustedHash);
}

QTEST_GUILESS_MAIN(TestDirectAuth)
#include "tst_directauth.moc"
