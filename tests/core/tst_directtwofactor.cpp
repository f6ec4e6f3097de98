// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "FlowHarness.h"
#include "QueuePrompter.h"
#include "auth/DirectAuthorization.h"

#include <QTest>
#include <QUrlQuery>

using namespace vkauth;
using namespace testsupport;

// The second factor in the password grant: app and SMS codes, wrong and malformed codes, the limit,
// and SMS (re)sending through auth.validatePhone with VK's delay honoured.
class TestDirectTwoFactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void right_data();
    void right();
    void wrongOtpThenRight();
    void formatIncorrectThenRight();
    void threeFailures();
    void smsSentWhenVkAsksForResend();
    void smsOnRequestHonoursDelay();

private:
    std::unique_ptr<fakevk::FakeVk> m_fake;
};

void TestDirectTwoFactor::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
}

void TestDirectTwoFactor::cleanup()
{
    m_fake.reset();
}

void TestDirectTwoFactor::right_data()
{
    QTest::addColumn<bool>("sms");
    QTest::newRow("app") << false;
    QTest::newRow("sms") << true;
}

void TestDirectTwoFactor::right()
{
    QFETCH(bool, sms);
    auto account = testAccount();
    account.twoFactor = sms ? fakevk::Account::TwoFactor::Sms : fakevk::Account::TwoFactor::App;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.answer(account.otp);
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY2(spy.outcome().ok(), qPrintable(spy.outcome().error ? spy.outcome().error->details : QString()));
    QVERIFY(!spy.outcome().tokens.first().trustedHash.isEmpty());

    QCOMPARE(prompter.questions().size(), 1);
    const TwoFactorChallenge asked = prompter.questions().first().twoFactor;
    QCOMPARE(prompter.questions().first().kind, Prompt::Kind::TwoFactor);
    QCOMPARE(asked.channel, sms ? TwoFactorChallenge::Channel::Sms : TwoFactorChallenge::Channel::App);
    QVERIFY(!asked.phoneMask.isEmpty());
    QVERIFY(!asked.phoneMask.contains(QLatin1String("1234567"))); // a mask, not the number
    QCOMPARE(asked.attempt, 1);
    QCOMPARE(asked.maxAttempts, 3);
    QVERIFY(asked.lastError.isEmpty());
    QVERIFY(asked.smsAvailable);
    const auto last = QUrlQuery(QString::fromUtf8(m_fake->requests(QStringLiteral("/token")).last().body));
    QCOMPARE(last.queryItemValue(QStringLiteral("code")), account.otp);
}

void TestDirectTwoFactor::wrongOtpThenRight()
{
    auto account = testAccount();
    account.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.answer(QStringLiteral("000000"));
    prompter.answer(account.otp);
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY(spy.outcome().ok());
    QCOMPARE(prompter.questions().size(), 2);
    QCOMPARE(prompter.questions().at(1).twoFactor.attempt, 2);
    QVERIFY(!prompter.questions().at(1).twoFactor.lastError.isEmpty());
    QVERIFY(prompter.questions().at(1).twoFactor.lastError.contains(QLatin1String("wrong")));
}

void TestDirectTwoFactor::formatIncorrectThenRight()
{
    auto account = testAccount();
    account.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.answer(QStringLiteral("12ab"));
    prompter.answer(account.otp);
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY(spy.outcome().ok());
    QCOMPARE(prompter.questions().size(), 2);
    QVERIFY(prompter.questions().at(1).twoFactor.lastError.contains(QLatin1String("format")));
}

void TestDirectTwoFactor::threeFailures()
{
    auto account = testAccount();
    account.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.answer(QStringLiteral("000000"));
    prompter.answer(QStringLiteral("x"));
    prompter.answer(QStringLiteral("111111"));
    prompter.answer(account.otp); // never asked for
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.errorCode(), AuthErrorCode::FailedPassedTwoFactor);
    QCOMPARE(prompter.questions().size(), 3);
    QCOMPARE(prompter.pending(), 1);
}

void TestDirectTwoFactor::smsSentWhenVkAsksForResend()
{
    auto account = testAccount();
    account.twoFactor = fakevk::Account::TwoFactor::Sms;
    account.smsNeedsResend = true;
    account.smsDelaySeconds = 60;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.answer(account.otp);
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY2(spy.outcome().ok(), qPrintable(spy.outcome().error ? spy.outcome().error->details : QString()));
    QCOMPARE(m_fake->requests(QStringLiteral("/method/auth.validatePhone")).size(), 1);
    const TwoFactorChallenge asked = prompter.questions().first().twoFactor;
    QCOMPARE(asked.channel, TwoFactorChallenge::Channel::Sms);
    QVERIFY2(asked.smsDelaySeconds > 55 && asked.smsDelaySeconds <= 60,
        qPrintable(QString::number(asked.smsDelaySeconds)));
}

void TestDirectTwoFactor::smsOnRequestHonoursDelay()
{
    auto account = testAccount();
    account.twoFactor = fakevk::Account::TwoFactor::App;
    account.smsDelaySeconds = 30;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.leaveOpen();
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QTRY_VERIFY(prompter.current() != nullptr);
    Prompt *prompt = prompter.current();
    QCOMPARE(prompt->twoFactor().channel, TwoFactorChallenge::Channel::App);

    QSignalSpy changed(prompt, &Prompt::changed);
    prompt->requestSms();
    QVERIFY(changed.wait());
    QCOMPARE(m_fake->requests(QStringLiteral("/method/auth.validatePhone")).size(), 1);
    QCOMPARE(prompt->twoFactor().channel, TwoFactorChallenge::Channel::Sms);
    QVERIFY(prompt->twoFactor().smsDelaySeconds > 25);

    // Asked again before VK's delay is over: nothing may be sent, and the question is refreshed with
    // the time still to wait (the front shows its countdown again). A request would leave before the
    // code's token request and reach the loopback fake first.
    changed.clear();
    prompt->requestSms();
    QCOMPARE(changed.count(), 1);
    QVERIFY(prompt->twoFactor().smsDelaySeconds > 25);
    QCOMPARE(prompt->twoFactor().channel, TwoFactorChallenge::Channel::Sms);
    prompt->answer(account.otp);
    QVERIFY(spy.wait());
    QVERIFY(spy.outcome().ok());
    QCOMPARE(m_fake->requests(QStringLiteral("/method/auth.validatePhone")).size(), 1);
}

QTEST_GUILESS_MAIN(TestDirectTwoFactor)
#include "tst_directtwofactor.moc"
