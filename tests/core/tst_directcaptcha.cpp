// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "FlowHarness.h"
#include "QueuePrompter.h"
#include "auth/DirectAuthorization.h"

#include <QTest>
#include <QUrlQuery>

using namespace vkauth;
using namespace testsupport;

// Captchas in the password grant: right, wrong then right, wrong three times, the image fetched by
// the flow, refreshing it, and VK's newer "not robot" check answered with a success_token.
class TestDirectCaptcha : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rightFirstTime();
    void wrongThenRight();
    void wrongThreeTimes();
    void refreshFetchesTheImageAgain();
    void notRobotWithSuccessToken();

private:
    QList<QUrlQuery> tokenBodies() const;
    std::unique_ptr<fakevk::FakeVk> m_fake;
};

void TestDirectCaptcha::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
}

void TestDirectCaptcha::cleanup()
{
    m_fake.reset();
}

QList<QUrlQuery> TestDirectCaptcha::tokenBodies() const
{
    QList<QUrlQuery> result;
    for (const auto &request : m_fake->requests(QStringLiteral("/token")))
        result.append(QUrlQuery(QString::fromUtf8(request.body)));
    return result;
}

void TestDirectCaptcha::rightFirstTime()
{
    auto account = testAccount();
    account.captchasBeforeLogin = 1;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.answer(m_fake->captchaKey());
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY2(spy.outcome().ok(), qPrintable(spy.outcome().error ? spy.outcome().error->details : QString()));
    QCOMPARE(spy.outcome().tokens.first().vkId, account.userId);

    QCOMPARE(prompter.questions().size(), 1);
    const CaptchaChallenge asked = prompter.questions().first().captcha;
    QCOMPARE(prompter.questions().first().kind, Prompt::Kind::Captcha);
    QCOMPARE(asked.attempt, 1);
    QCOMPARE(asked.maxAttempts, 3);
    QVERIFY(!asked.sid.isEmpty());
    QCOMPARE(asked.image, m_fake->captchaImage()); // fetched by the flow itself
    QVERIFY(asked.redirectUri.isEmpty());

    const auto bodies = tokenBodies();
    QCOMPARE(bodies.size(), 2);
    QCOMPARE(bodies.last().queryItemValue(QStringLiteral("captcha_sid")), asked.sid);
    QCOMPARE(bodies.last().queryItemValue(QStringLiteral("captcha_key")), m_fake->captchaKey());
}

void TestDirectCaptcha::wrongThenRight()
{
    auto account = testAccount();
    account.captchasBeforeLogin = 1;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.answer(QStringLiteral("wrong"));
    prompter.answer(m_fake->captchaKey());
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY(spy.outcome().ok());
    QCOMPARE(prompter.questions().size(), 2);
    QCOMPARE(prompter.questions().at(1).captcha.attempt, 2);
    QVERIFY(prompter.questions().at(0).captcha.sid != prompter.questions().at(1).captcha.sid);
}

void TestDirectCaptcha::wrongThreeTimes()
{
    auto account = testAccount();
    account.captchasBeforeLogin = 1;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    for (int i = 0; i < 4; ++i)
        prompter.answer(QStringLiteral("wrong%1").arg(i));
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.errorCode(), AuthErrorCode::FailedPassedCaptcha);
    QCOMPARE(prompter.questions().size(), 3);
    QCOMPARE(prompter.pending(), 1); // a fourth answer was never asked for
    QCOMPARE(tokenBodies().size(), 4);
}

void TestDirectCaptcha::refreshFetchesTheImageAgain()
{
    auto account = testAccount();
    account.captchasBeforeLogin = 1;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.leaveOpen();
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QTRY_VERIFY(prompter.current() != nullptr);
    Prompt *prompt = prompter.current();
    QSignalSpy changed(prompt, &Prompt::changed);
    prompt->refreshCaptcha();
    QVERIFY(changed.wait());
    QCOMPARE(prompt->captcha().image, m_fake->captchaImage());
    const QString imagePath = prompt->captcha().imageUrl.path();
    QCOMPARE(m_fake->requests(imagePath).size(), 2);
    QVERIFY(prompt->isOpen());
    prompt->answer(m_fake->captchaKey());
    QVERIFY(spy.wait());
    QVERIFY(spy.outcome().ok());
}

void TestDirectCaptcha::notRobotWithSuccessToken()
{
    auto account = testAccount();
    account.captchasBeforeLogin = 1;
    account.notRobotCaptcha = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    // The front solves VK's page (a web view in the GUI) and answers with the token it yields.
    prompter.then([this](Prompt *p) {
        QVERIFY(p->captcha().redirectUri.isValid());
        p->answer(m_fake->notRobotSuccessToken());
    });
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY2(spy.outcome().ok(), qPrintable(spy.outcome().error ? spy.outcome().error->details : QString()));
    QCOMPARE(prompter.questions().size(), 1);
    QVERIFY(prompter.questions().first().captcha.redirectUri.path().contains(QLatin1String("not_robot")));
    const auto bodies = tokenBodies();
    QCOMPARE(bodies.last().queryItemValue(QStringLiteral("success_token")), m_fake->notRobotSuccessToken());
    QVERIFY(!bodies.last().hasQueryItem(QStringLiteral("captcha_key")));
}

QTEST_GUILESS_MAIN(TestDirectCaptcha)
#include "tst_directcaptcha.moc"
