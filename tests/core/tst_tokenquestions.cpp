// SPDX-License-Identifier: MIT
// Kept tokens that VK questions (issue 17), against the fake answering per token: API error 17
// (validation required) → validation_required with the page to pass, the profile kept; 14 with a
// not-robot redirect_uri → captcha_required; 25 → token_confirmation_required naming the app and
// another one; 5 → invalid_token (the profile is dead).
#include "FakeVk.h"
#include "profiles/TokenChecker.h"

#include <QSignalSpy>
#include <QTest>

using namespace vkauth;

class TestTokenQuestions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void questioned_data();
    void questioned();
    void confirmationNamesTheApp();
    void workingTokenHasNoReason();

private:
    CheckResult run(const Profile &profile, const QString &token);
    Profile profileFor(const QString &appKey) const;

    fakevk::FakeVk m_fake;
};

void TestTokenQuestions::initTestCase()
{
    QVERIFY(m_fake.start());
    m_fake.exportEnvironment();
    fakevk::Account ivan;
    ivan.userId = 1001;
    ivan.login = QStringLiteral("ivan@example.org");
    ivan.password = QStringLiteral("pw");
    m_fake.addAccount(ivan);
}

void TestTokenQuestions::cleanupTestCase()
{
    delete NetworkContext::network();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

Profile TestTokenQuestions::profileFor(const QString &appKey) const
{
    ObtainedToken t;
    t.kind = TokenKind::User;
    t.vkId = 1001;
    t.scope = 65536 | 4096;
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    t.app = *AppCredentials::byKey(appKey);
    return Profile::fromObtained(t);
}

CheckResult TestTokenQuestions::run(const Profile &profile, const QString &token)
{
    NetworkContext context;
    context.timeoutMs = 5000;
    TokenChecker checker(context);
    QSignalSpy spy(&checker, &TokenChecker::finished);
    checker.check(profile, token);
    if (!spy.wait(15000))
        return {};
    return spy.first().at(1).value<CheckResult>();
}

void TestTokenQuestions::questioned_data()
{
    QTest::addColumn<int>("apiError");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("page");
    QTest::newRow("17") << 17 << int(CheckStatus::NeedsAction) << QStringLiteral("validation_required")
                        << true;
    QTest::newRow("14") << 14 << int(CheckStatus::NeedsAction) << QStringLiteral("captcha_required") << true;
    QTest::newRow("25") << 25 << int(CheckStatus::NeedsAction)
                        << QStringLiteral("token_confirmation_required") << false;
    QTest::newRow("5") << 5 << int(CheckStatus::Invalid) << QStringLiteral("invalid_token") << false;
}

void TestTokenQuestions::questioned()
{
    QFETCH(int, apiError);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(bool, page);
    const QString token = m_fake.issueUserToken(1001, 65536 | 4096);
    m_fake.setTokenError(token, apiError);
    const CheckResult result = run(profileFor(QStringLiteral("android")), token);
    QCOMPARE(int(result.status), status);
    QCOMPARE(result.reason, reason);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(result.redirectUri.isValid() && !result.redirectUri.isEmpty(), page);
    if (apiError == 14)
        QVERIFY(result.redirectUri.path().endsWith(QLatin1String("/not_robot_captcha")));
    if (apiError == 17)
        QVERIFY(result.redirectUri.toString().contains(QLatin1String("act=verify")));
    // The question is the token's: an untouched token of the same account still works.
    QCOMPARE(run(profileFor(QStringLiteral("android")), m_fake.issueUserToken(1001, 65536)).status,
        CheckStatus::Valid);
}

void TestTokenQuestions::confirmationNamesTheApp()
{
    const QString token = m_fake.issueUserToken(1001, 65536 | 4096);
    m_fake.setTokenError(token, 25);
    const CheckResult result = run(profileFor(QStringLiteral("kateMobile")), token);
    QCOMPARE(result.reason, QStringLiteral("token_confirmation_required"));
    QVERIFY2(result.message.contains(QLatin1String("Kate Mobile (2685278)")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("VK for Android")), qPrintable(result.message));
}

void TestTokenQuestions::workingTokenHasNoReason()
{
    const CheckResult result
        = run(profileFor(QStringLiteral("android")), m_fake.issueUserToken(1001, 65536 | 4096));
    QCOMPARE(result.status, CheckStatus::Valid);
    QVERIFY(result.reason.isEmpty());
    QVERIFY(result.redirectUri.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenQuestions)
#include "tst_tokenquestions.moc"
