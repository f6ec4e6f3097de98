// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "FlowHarness.h"
#include "QueuePrompter.h"
#include "RawHttpServer.h"
#include "auth/AccountVerification.h"
#include "auth/DirectAuthorization.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrlQuery>

using namespace vkauth;
using namespace testsupport;

// Account verification over the fake's pages: the phone check, two-factor, validate link, captcha,
// blocked; started on its own from a redirect_uri and as the hand-over from the password grant.
class TestVerification : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void securityRightNumber_data();
    void securityRightNumber();
    void securityWrongNumber();
    void securityNoPhoneKnown();
    void blockedOnVerification();
    void authcheck();
    void authcheckWrongThreeTimes();
    void validateLink();
    void captchaPage();
    void allStepsFromDirect();
    void redirectLimit();
    void pageLimit();
    void notHttpsRefused();

private:
    AuthOutcome verify(
        const fakevk::Account &account, const VerificationOptions &options, QueuePrompter *prompter);
    std::unique_ptr<fakevk::FakeVk> m_fake;
};

void TestVerification::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
}

void TestVerification::cleanup()
{
    m_fake.reset();
}

AuthOutcome TestVerification::verify(
    const fakevk::Account &account, const VerificationOptions &options, QueuePrompter *prompter)
{
    const QUrl start = m_fake->startVerification(account.userId, 2u);
    if (start.isEmpty())
        return AuthOutcome::failure(AuthErrorCode::InvalidInput, QStringLiteral("fake: unknown account"));
    AccountVerification flow(options, prompter);
    OutcomeSpy spy(&flow);
    flow.start(start);
    if (!spy.wait())
        return AuthOutcome::failure(AuthErrorCode::Timeout, QStringLiteral("test: no finished()"));
    if (spy.count() != 1)
        return AuthOutcome::failure(
            AuthErrorCode::InvalidInput, QStringLiteral("test: finished() more than once"));
    return spy.outcome();
}

void TestVerification::securityRightNumber_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("phone");
    QTest::newRow("phone given") << QStringLiteral("ivan@example.org") << QStringLiteral("79991234567");
    QTest::newRow("phone with +") << QStringLiteral("ivan@example.org")
                                  << QStringLiteral("+7 (999) 123-45-67");
    QTest::newRow("phone with 00") << QStringLiteral("ivan@example.org") << QStringLiteral("0079991234567");
    QTest::newRow("login is the phone") << QStringLiteral("+79991234567") << QString();
}

void TestVerification::securityRightNumber()
{
    QFETCH(QString, login);
    QFETCH(QString, phone);
    auto account = testAccount();
    account.securityCheck = true;
    m_fake->addAccount(account);
    VerificationOptions options = verificationOptions(*m_fake, account);
    options.login = login;
    options.phone = phone;
    QueuePrompter prompter;
    const AuthOutcome outcome = verify(account, options, &prompter);
    QVERIFY2(outcome.ok(),
        qPrintable(outcome.error ? outcome.error->codeName() + u' ' + outcome.error->details : QString()));
    QCOMPARE(outcome.tokens.size(), 1);
    QCOMPARE(outcome.tokens.first().vkId, account.userId);
    QVERIFY(m_fake->isValidToken(outcome.tokens.first().token));
    QVERIFY(prompter.questions().isEmpty());
}

void TestVerification::securityWrongNumber()
{
    auto account = testAccount();
    account.securityCheck = true;
    m_fake->addAccount(account);
    VerificationOptions options = verificationOptions(*m_fake, account);
    options.phone = QStringLiteral("79990000067");
    QueuePrompter prompter;
    const AuthOutcome outcome = verify(account, options, &prompter);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, AuthErrorCode::InvalidPhoneNumber);
}

void TestVerification::securityNoPhoneKnown()
{
    auto account = testAccount();
    account.securityCheck = true;
    m_fake->addAccount(account);
    VerificationOptions options = verificationOptions(*m_fake, account);
    options.phone.clear(); // and the login is an e-mail
    QueuePrompter prompter;
    const AuthOutcome outcome = verify(account, options, &prompter);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, AuthErrorCode::InvalidPhoneNumber);
}

void TestVerification::blockedOnVerification()
{
    auto account = testAccount();
    account.blocked = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    const AuthOutcome outcome = verify(account, verificationOptions(*m_fake, account), &prompter);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, AuthErrorCode::PageBlocked);
}

void TestVerification::authcheck()
{
    auto account = testAccount();
    account.authcheckOnVerification = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.answer(QStringLiteral("000000"));
    prompter.answer(account.otp);
    const AuthOutcome outcome = verify(account, verificationOptions(*m_fake, account), &prompter);
    QVERIFY2(outcome.ok(),
        qPrintable(outcome.error ? outcome.error->codeName() + u' ' + outcome.error->details : QString()));
    QCOMPARE(prompter.count(Prompt::Kind::TwoFactor), 2);
    QCOMPARE(prompter.questions().at(1).twoFactor.attempt, 2);
    QVERIFY(!prompter.questions().at(1).twoFactor.lastError.isEmpty());
}

void TestVerification::authcheckWrongThreeTimes()
{
    auto account = testAccount();
    account.authcheckOnVerification = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    for (int i = 0; i < 4; ++i)
        prompter.answer(QStringLiteral("00000%1").arg(i));
    const AuthOutcome outcome = verify(account, verificationOptions(*m_fake, account), &prompter);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, AuthErrorCode::FailedPassedTwoFactor);
    QCOMPARE(prompter.questions().size(), 3);
}

void TestVerification::validateLink()
{
    auto account = testAccount();
    account.validateOnVerification = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    const AuthOutcome outcome = verify(account, verificationOptions(*m_fake, account), &prompter);
    QVERIFY2(outcome.ok(),
        qPrintable(outcome.error ? outcome.error->codeName() + u' ' + outcome.error->details : QString()));
    QVERIFY(prompter.questions().isEmpty());
}

void TestVerification::captchaPage()
{
    auto account = testAccount();
    account.captchaOnVerification = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.answer(QStringLiteral("wrong"));
    prompter.answer(m_fake->captchaKey());
    const AuthOutcome outcome = verify(account, verificationOptions(*m_fake, account), &prompter);
    QVERIFY2(outcome.ok(),
        qPrintable(outcome.error ? outcome.error->codeName() + u' ' + outcome.error->details : QString()));
    QCOMPARE(prompter.count(Prompt::Kind::Captcha), 2);
    const CaptchaChallenge first = prompter.questions().first().captcha;
    QVERIFY(!first.sid.isEmpty());
    QCOMPARE(first.image, m_fake->captchaImage());
    QCOMPARE(prompter.questions().at(1).captcha.attempt, 2);
}

void TestVerification::allStepsFromDirect()
{
    auto account = testAccount();
    account.captchaOnVerification = true;
    account.validateOnVerification = true;
    account.securityCheck = true;
    account.authcheckOnVerification = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.answer(m_fake->captchaKey());
    prompter.answer(account.otp);
    DirectAuthOptions options = directOptions(*m_fake, account);
    options.phone = account.phone;
    DirectAuthorization flow(options, &prompter);
    QList<DirectAuthorization::State> states;
    connect(&flow, &DirectAuthorization::stateChanged, this,
        [&states](DirectAuthorization::State s) { states.append(s); });
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    const AuthOutcome outcome = spy.outcome();
    QVERIFY2(outcome.ok(),
        qPrintable(outcome.error ? outcome.error->codeName() + u' ' + outcome.error->details : QString()));
    QCOMPARE(outcome.tokens.size(), 1);
    QCOMPARE(outcome.tokens.first().vkId, account.userId);
    QVERIFY(m_fake->isValidToken(outcome.tokens.first().token));
    QCOMPARE(outcome.tokens.first().scope, options.scope);
    QVERIFY(states.contains(DirectAuthorization::State::Verifying));
    QCOMPARE(prompter.count(Prompt::Kind::Captcha), 1);
    QCOMPARE(prompter.count(Prompt::Kind::TwoFactor), 1);
    // The verification pages got the app's User-Agent too.
    for (const auto &request : m_fake->requests()) {
        if (request.url.path().startsWith(QLatin1String("/login")))
            QCOMPARE(request.headers.value("user-agent"), options.app.userAgent.toUtf8());
    }
}

void TestVerification::redirectLimit()
{
    auto account = testAccount();
    account.securityCheck = true;
    m_fake->addAccount(account);
    const QUrl start = m_fake->startVerification(account.userId);
    QVERIFY(!start.isEmpty());
    m_fake->setFault(start.path(), fakevk::Fault::RedirectLoop);
    QueuePrompter prompter;
    VerificationOptions options = verificationOptions(*m_fake, account);
    options.timeoutMs = 1500;
    options.maxRedirects = 5;
    AccountVerification flow(options, &prompter);
    OutcomeSpy spy(&flow);
    QElapsedTimer clock;
    clock.start();
    flow.start(start);
    QVERIFY(spy.wait());
    QVERIFY(clock.elapsed() < options.timeoutMs + 1000);
    QCOMPARE(spy.errorCode(), AuthErrorCode::BadResponse);
    QVERIFY2(spy.outcome().error->details.contains(QLatin1String("redirect")),
        qPrintable(spy.outcome().error->details));
}

// Pages (not redirects) that lead on to each other for ever — a validate page whose link names the
// next one — end after 20 pages with a clear error, not after thousands of requests.
void TestVerification::pageLimit()
{
    testsupport::RawHttpServer server([](const QByteArray &target) {
        const int n
            = QUrlQuery(QUrl(QString::fromLatin1(target))).queryItemValue(QStringLiteral("n")).toInt();
        return testsupport::RawHttpServer::page(
            QByteArray("<html><body><div id=\"activation_wrap\"><p>Please confirm your phone number.</p>"
                       "<a href=\"/login?act=validate&amp;n=")
            + QByteArray::number(n + 1) + "\">Continue</a></div></body></html>");
    });
    QVERIFY(server.start());
    auto account = testAccount();
    m_fake->addAccount(account);
    QueuePrompter prompter;
    VerificationOptions options = verificationOptions(*m_fake, account);
    AccountVerification flow(options, &prompter);
    OutcomeSpy spy(&flow);
    flow.start(server.url(QStringLiteral("/login?act=validate&n=0")));
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.errorCode(), AuthErrorCode::BadResponse);
    QVERIFY2(spy.outcome().error->details.contains(QLatin1String("20 pages")),
        qPrintable(spy.outcome().error->details));
    QCOMPARE(server.requests(), 21); // the starting page, then 20 more
    QCOMPARE(prompter.count(Prompt::Kind::Captcha), 0);
}

void TestVerification::notHttpsRefused()
{
    const auto account = testAccount();
    QueuePrompter prompter;
    AccountVerification flow(verificationOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start(QUrl(QStringLiteral("http://vk.example.org/login?act=security")));
    QVERIFY(spy.wait());
    QCOMPARE(spy.errorCode(), AuthErrorCode::InvalidInput);
    QVERIFY(m_fake->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
