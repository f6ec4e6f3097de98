// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "FlowHarness.h"
#include "QueuePrompter.h"
#include "auth/AccountVerification.h"
#include "auth/DirectAuthorization.h"

#include <QTest>

using namespace vkauth;
using namespace testsupport;

// cancel() at every step ends a flow with exactly one finished(Cancelled); an open question is
// withdrawn; a front's own "cancel" on the question does the same; deleting a running flow is safe.
class TestFlowCancel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void beforeStart();
    void duringRequest();
    void duringCaptchaPrompt();
    void duringCodePrompt();
    void frontCancelsQuestion_data();
    void frontCancelsQuestion();
    void duringVerificationPrompt();
    void afterFinishedIsNoop();
    void deleteWhileRunning();

private:
    std::unique_ptr<fakevk::FakeVk> m_fake;
};

void TestFlowCancel::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
}

void TestFlowCancel::cleanup()
{
    m_fake.reset();
}

void TestFlowCancel::beforeStart()
{
    const auto account = testAccount();
    QueuePrompter prompter;
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.errorCode(), AuthErrorCode::Cancelled);
    flow.start(); // a finished flow does not start again
    QCOMPARE(spy.count(), 1);
    QVERIFY(m_fake->requests().isEmpty());
}

void TestFlowCancel::duringRequest()
{
    const auto account = testAccount();
    m_fake->addAccount(account);
    m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::Slow);
    m_fake->setFaultDelayMs(3000);
    QueuePrompter prompter;
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QTRY_VERIFY(!m_fake->requests(QStringLiteral("/token")).isEmpty());
    QCOMPARE(flow.state(), DirectAuthorization::State::Requesting);
    flow.cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.errorCode(), AuthErrorCode::Cancelled);
    QCOMPARE(flow.state(), DirectAuthorization::State::Finished);
}

void TestFlowCancel::duringCaptchaPrompt()
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
    QCOMPARE(flow.state(), DirectAuthorization::State::WaitingForCaptcha);
    QPointer<Prompt> prompt = prompter.current();
    QSignalSpy withdrawn(prompt.data(), &Prompt::withdrawn);
    flow.cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.errorCode(), AuthErrorCode::Cancelled);
    QCOMPARE(withdrawn.count(), 1);
    QVERIFY(!prompt->isOpen());
    prompt->answer(m_fake->captchaKey()); // too late: ignored
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_fake->requests(QStringLiteral("/token")).size(), 1);
}

void TestFlowCancel::duringCodePrompt()
{
    auto account = testAccount();
    account.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.leaveOpen();
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QTRY_VERIFY(prompter.current() != nullptr);
    QCOMPARE(flow.state(), DirectAuthorization::State::WaitingForCode);
    flow.cancel();
    flow.cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.errorCode(), AuthErrorCode::Cancelled);
    QCOMPARE(prompter.withdrawn(), 1);
}

void TestFlowCancel::frontCancelsQuestion_data()
{
    QTest::addColumn<bool>("captcha");
    QTest::newRow("captcha") << true;
    QTest::newRow("two-factor") << false;
}

void TestFlowCancel::frontCancelsQuestion()
{
    QFETCH(bool, captcha);
    auto account = testAccount();
    if (captcha)
        account.captchasBeforeLogin = 1;
    else
        account.twoFactor = fakevk::Account::TwoFactor::Sms;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.cancelNext();
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.errorCode(), AuthErrorCode::Cancelled);
    QCOMPARE(m_fake->requests(QStringLiteral("/token")).size(), 1);
}

void TestFlowCancel::duringVerificationPrompt()
{
    auto account = testAccount();
    account.authcheckOnVerification = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.leaveOpen();
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QTRY_VERIFY(prompter.current() != nullptr);
    QCOMPARE(flow.state(), DirectAuthorization::State::Verifying);
    flow.cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.errorCode(), AuthErrorCode::Cancelled);
    QCOMPARE(prompter.withdrawn(), 1);

    // The verification on its own, cancelled while it waits for the code.
    QueuePrompter second;
    second.leaveOpen();
    AccountVerification verification(verificationOptions(*m_fake, account), &second);
    OutcomeSpy verificationSpy(&verification);
    verification.start(m_fake->startVerification(account.userId));
    QTRY_VERIFY(second.current() != nullptr);
    QCOMPARE(verification.state(), AccountVerification::State::WaitingForCode);
    verification.cancel();
    QCOMPARE(verificationSpy.count(), 1);
    QCOMPARE(verificationSpy.errorCode(), AuthErrorCode::Cancelled);
    QCOMPARE(second.withdrawn(), 1);
}

void TestFlowCancel::afterFinishedIsNoop()
{
    const auto account = testAccount();
    m_fake->addAccount(account);
    QueuePrompter prompter;
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    flow.cancel();
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.outcome().ok());
}

void TestFlowCancel::deleteWhileRunning()
{
    auto account = testAccount();
    account.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.leaveOpen();
    auto *flow = new DirectAuthorization(directOptions(*m_fake, account), &prompter);
    flow->start();
    QTRY_VERIFY(prompter.current() != nullptr);
    QPointer<Prompt> prompt = prompter.current();
    delete flow;
    QCOMPARE(prompter.withdrawn(), 1);
    QVERIFY(prompt.isNull());
}

QTEST_GUILESS_MAIN(TestFlowCancel)
#include "tst_flowcancel.moc"
