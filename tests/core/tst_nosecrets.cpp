// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "FlowHarness.h"
#include "QueuePrompter.h"
#include "auth/AccountVerification.h"
#include "auth/DirectAuthorization.h"

#include <QLoggingCategory>
#include <QTest>

using namespace vkauth;
using namespace testsupport;

namespace {

QStringList g_log;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "default") + u' ' + message);
}

} // namespace

// With every vkauth.* log category on, flows that go through a password, captcha keys, two-factor
// codes, the phone check, tokens and trusted hashes leave none of them in the log or in an error.
class TestNoSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void nothingSecretIsLogged();

private:
    AuthOutcome runDirect(const DirectAuthOptions &options, QueuePrompter *prompter);
    std::unique_ptr<fakevk::FakeVk> m_fake;
    QtMessageHandler m_previous = nullptr;
};

void TestNoSecrets::initTestCase()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->setCaptchaKey(QStringLiteral("Kq7zXcaptchakey"));
    QLoggingCategory::setFilterRules(QStringLiteral("vkauth.*=true"));
    m_previous = qInstallMessageHandler(capture);
}

void TestNoSecrets::cleanupTestCase()
{
    qInstallMessageHandler(m_previous);
}

AuthOutcome TestNoSecrets::runDirect(const DirectAuthOptions &options, QueuePrompter *prompter)
{
    DirectAuthorization flow(options, prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    if (!spy.wait())
        return AuthOutcome::failure(AuthErrorCode::Timeout, QStringLiteral("test: no finished()"));
    return spy.outcome();
}

void TestNoSecrets::nothingSecretIsLogged()
{
    QStringList secrets;
    QStringList details;
    const QString captchaKey = m_fake->captchaKey();
    secrets << captchaKey;

    // Captcha, then an SMS code that needs auth.validatePhone, with a wrong code first.
    auto account = testAccount(5000000001LL);
    account.password = QStringLiteral("Zq9!pass word+&=secret");
    account.otp = QStringLiteral("90431785");
    account.captchasBeforeLogin = 1;
    account.twoFactor = fakevk::Account::TwoFactor::Sms;
    account.smsNeedsResend = true;
    m_fake->addAccount(account);
    secrets << account.password << account.otp << QStringLiteral("31415926");
    QueuePrompter prompter;
    prompter.answer(captchaKey);
    prompter.answer(QStringLiteral("31415926"));
    prompter.answer(account.otp);
    const AuthOutcome first = runDirect(directOptions(*m_fake, account), &prompter);
    QVERIFY2(first.ok(), qPrintable(first.error ? first.error->details : QString()));
    const ObtainedToken token = first.tokens.first();
    QVERIFY(!token.trustedHash.isEmpty());
    secrets << token.token << token.trustedHash;

    // The trusted hash sent back.
    DirectAuthOptions trusted = directOptions(*m_fake, account);
    trusted.trustedHash = token.trustedHash;
    prompter.answer(captchaKey);
    const AuthOutcome second = runDirect(trusted, &prompter);
    QVERIFY2(second.ok(), qPrintable(second.error ? second.error->details : QString()));
    secrets << second.tokens.first().token;

    // Account verification: captcha page, phone check, two-factor page, token in blank.html.
    auto checked = testAccount(5000000002LL);
    checked.password = QStringLiteral("An0ther-Secret/Pass");
    checked.otp = QStringLiteral("77120394");
    checked.phone = QStringLiteral("79161234567");
    checked.captchaOnVerification = true;
    checked.securityCheck = true;
    checked.authcheckOnVerification = true;
    m_fake->addAccount(checked);
    secrets << checked.password << checked.otp;
    DirectAuthOptions verifyOptions = directOptions(*m_fake, checked);
    verifyOptions.phone = checked.phone;
    prompter.answer(captchaKey);
    prompter.answer(checked.otp);
    const AuthOutcome third = runDirect(verifyOptions, &prompter);
    QVERIFY2(third.ok(), qPrintable(third.error ? third.error->details : QString()));
    secrets << third.tokens.first().token;

    // Failures keep the server's words in details; none of them may carry a secret.
    auto failing = testAccount(5000000003LL);
    failing.password = QStringLiteral("Th1rd!Secret");
    failing.twoFactor = fakevk::Account::TwoFactor::App;
    failing.otp = QStringLiteral("55501234");
    m_fake->addAccount(failing);
    secrets << failing.password << QStringLiteral("11112222") << QStringLiteral("33334444")
            << QStringLiteral("abcd5555");
    prompter.answer(QStringLiteral("11112222"));
    prompter.answer(QStringLiteral("33334444"));
    prompter.answer(QStringLiteral("abcd5555"));
    const AuthOutcome fourth = runDirect(directOptions(*m_fake, failing), &prompter);
    QCOMPARE(fourth.error->code, AuthErrorCode::FailedPassedTwoFactor);
    details << fourth.error->details;

    DirectAuthOptions wrongPassword = directOptions(*m_fake, failing);
    wrongPassword.password = QStringLiteral("Wr0ng!Secret");
    secrets << wrongPassword.password;
    const AuthOutcome fifth = runDirect(wrongPassword, &prompter);
    QCOMPARE(fifth.error->code, AuthErrorCode::UsernameOrPasswordIsIncorrect);
    details << fifth.error->details;

    // The capture works and saw the steps (else this test could not fail).
    const QString all = g_log.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("vkauth.http")), qPrintable(all.left(2000)));
    QVERIFY(all.contains(QLatin1String("password=***")));
    QVERIFY(all.contains(QLatin1String("captcha_key=***")));
    QVERIFY(all.contains(QLatin1String("code=***")));
    QVERIFY(all.contains(QLatin1String("trusted_hash=***")));
    QVERIFY(all.contains(QLatin1String("act=security")));

    for (const QString &secret : std::as_const(secrets)) {
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("secret in log: ") + line));
        for (const QString &detail : std::as_const(details))
            QVERIFY2(!detail.contains(secret), qPrintable(QStringLiteral("secret in details: ") + detail));
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        QVERIFY2(!all.contains(encoded), qPrintable(QStringLiteral("encoded secret in log: ") + encoded));
    }
}

QTEST_GUILESS_MAIN(TestNoSecrets)
#include "tst_nosecrets.moc"
