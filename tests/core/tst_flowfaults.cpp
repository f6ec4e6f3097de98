// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "FlowHarness.h"
#include "QueuePrompter.h"
#include "auth/AccountVerification.h"
#include "auth/DirectAuthorization.h"

#include <QElapsedTimer>
#include <QTest>

using namespace vkauth;
using namespace testsupport;

Q_DECLARE_METATYPE(fakevk::Fault)
Q_DECLARE_METATYPE(vkauth::AuthErrorCode)

// Every way the fake can break a path ends a flow with a clear error within the timeout + 1 s.
class TestFlowFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tokenFaults_data();
    void tokenFaults();
    void verificationFaults_data();
    void verificationFaults();
    void captchaImageFaultStillAsks();

private:
    static constexpr int kTimeoutMs = 1500;
    std::unique_ptr<fakevk::FakeVk> m_fake;
};

void TestFlowFaults::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->setFaultDelayMs(kTimeoutMs * 4);
}

void TestFlowFaults::cleanup()
{
    m_fake.reset();
}

static void addFaultRows()
{
    QTest::addColumn<fakevk::Fault>("fault");
    QTest::addColumn<AuthErrorCode>("expected");
    QTest::newRow("slow") << fakevk::Fault::Slow << AuthErrorCode::Timeout;
    QTest::newRow("drop connection") << fakevk::Fault::DropConnection << AuthErrorCode::NetworkError;
    QTest::newRow("not json") << fakevk::Fault::NonJson << AuthErrorCode::BadResponse;
    QTest::newRow("http 500") << fakevk::Fault::Http500 << AuthErrorCode::BadResponse;
    QTest::newRow("huge body") << fakevk::Fault::HugeBody << AuthErrorCode::BadResponse;
    QTest::newRow("redirect loop") << fakevk::Fault::RedirectLoop << AuthErrorCode::BadResponse;
}

void TestFlowFaults::tokenFaults_data()
{
    addFaultRows();
}

void TestFlowFaults::tokenFaults()
{
    QFETCH(fakevk::Fault, fault);
    QFETCH(AuthErrorCode, expected);
    const auto account = testAccount();
    m_fake->addAccount(account);
    m_fake->setFault(QStringLiteral("/token"), fault);
    QueuePrompter prompter;
    DirectAuthOptions options = directOptions(*m_fake, account);
    options.timeoutMs = kTimeoutMs;
    DirectAuthorization flow(options, &prompter);
    OutcomeSpy spy(&flow);
    QElapsedTimer clock;
    clock.start();
    flow.start();
    QVERIFY(spy.wait(kTimeoutMs + 5000));
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed < kTimeoutMs + 1000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QCOMPARE(spy.count(), 1);
    const AuthError error = *spy.outcome().error;
    QVERIFY2(error.code == expected, qPrintable(error.codeName() + u' ' + error.details));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.details.isEmpty());
    QVERIFY2(!error.details.contains(account.password), qPrintable(error.details));
}

void TestFlowFaults::verificationFaults_data()
{
    addFaultRows();
}

void TestFlowFaults::verificationFaults()
{
    QFETCH(fakevk::Fault, fault);
    QFETCH(AuthErrorCode, expected);
    auto account = testAccount();
    account.securityCheck = true;
    m_fake->addAccount(account);
    const QUrl start = m_fake->startVerification(account.userId);
    QVERIFY(!start.isEmpty());
    m_fake->setFault(start.path(), fault);
    QueuePrompter prompter;
    VerificationOptions options = verificationOptions(*m_fake, account);
    options.timeoutMs = kTimeoutMs;
    AccountVerification flow(options, &prompter);
    OutcomeSpy spy(&flow);
    QElapsedTimer clock;
    clock.start();
    flow.start(start);
    QVERIFY(spy.wait(kTimeoutMs + 5000));
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed < kTimeoutMs + 1000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QCOMPARE(spy.count(), 1);
    const AuthError error = *spy.outcome().error;
    // A page that is not JSON is normal here; an HTML page the flow does not know ends the same way.
    const AuthErrorCode want
        = fault == fakevk::Fault::NonJson ? AuthErrorCode::AuthorizationFailed : expected;
    QVERIFY2(error.code == want, qPrintable(error.codeName() + u' ' + error.details));
    QVERIFY(!error.details.isEmpty());
}

void TestFlowFaults::captchaImageFaultStillAsks()
{
    auto account = testAccount();
    account.captchasBeforeLogin = 1;
    m_fake->addAccount(account);
    m_fake->setFault(QStringLiteral("/captcha.php"), fakevk::Fault::Slow);
    QueuePrompter prompter;
    prompter.answer(m_fake->captchaKey());
    DirectAuthOptions options = directOptions(*m_fake, account);
    options.timeoutMs = kTimeoutMs;
    DirectAuthorization flow(options, &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait(kTimeoutMs + 5000));
    QVERIFY(spy.outcome().ok());
    QCOMPARE(prompter.questions().size(), 1);
    QVERIFY(prompter.questions().first().captcha.image.isEmpty());
    QVERIFY(prompter.questions().first().captcha.imageUrl.isValid());
}

QTEST_GUILESS_MAIN(TestFlowFaults)
#include "tst_flowfaults.moc"
