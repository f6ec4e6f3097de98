// SPDX-License-Identifier: MIT
// VK refusing the app rather than the account (issue 17): "application is blocked" / "application is
// disabled" / "Security Error" on /token and on /authorize, answered by the fake per client_id. The
// sign-in ends with AUTHORIZATION_FAILED, a stable reason, a message that names the app and the working
// apps that grant the permissions asked, and the app to retry with.
#include "FakeVk.h"
#include "QueuePrompter.h"
#include "auth/ImplicitFlow.h"
#include "auth/PageRunner.h"
#include "auth/SignIn.h"
#include "auth/TokenReply.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace vkauth;

namespace {

constexpr quint32 kOffline = 65536;
constexpr quint32 kMessages = 4096;

// A browser that goes where the job says and ends on blank.html with VK's error in the fragment,
// as the web-view helper answers when VK shows its JSON error page on /authorize.
class ErrorPage : public PageRunner
{
public:
    QString description;
    void start(const PageJob &job) override
    {
        QTimer::singleShot(0, this, [this, job] {
            QUrl url = job.catchUrls.first();
            QUrlQuery fragment;
            fragment.addQueryItem(QStringLiteral("error"), QStringLiteral("invalid_request"));
            fragment.addQueryItem(QStringLiteral("error_description"), description);
            fragment.addQueryItem(
                QStringLiteral("state"), QUrlQuery(job.url).queryItemValue(QStringLiteral("state")));
            url.setFragment(fragment.toString(QUrl::FullyEncoded));
            PageResult result;
            result.kind = PageResult::Kind::Caught;
            result.url = url;
            Q_EMIT finished(result);
        });
    }
    void cancel() override { }
    bool isAvailable() const override { return true; }
};

} // namespace

class TestAppRefusal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void directRefusal_data();
    void directRefusal();
    void browserRefusal_data();
    void browserRefusal();
    void otherErrorsHaveNoReason();

private:
    SignInResult run(const SignInRequest &request, PageRunner *pages = nullptr);

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<testsupport::QueuePrompter> m_prompter;
};

void TestAppRefusal::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment();
    fakevk::Account a;
    a.userId = 1001;
    a.login = QStringLiteral("ivan@example.org");
    a.password = QStringLiteral("correct horse");
    m_fake->addAccount(a);
    m_prompter = std::make_unique<testsupport::QueuePrompter>();
}

void TestAppRefusal::cleanup()
{
    m_prompter.reset();
    m_fake.reset();
}

SignInResult TestAppRefusal::run(const SignInRequest &request, PageRunner *pages)
{
    SignIn signIn(request, m_prompter.get(), pages, nullptr);
    QSignalSpy finished(&signIn, &SignIn::finished);
    signIn.start();
    if (!finished.wait(30000) || finished.size() != 1)
        return {};
    return finished.first().first().value<SignInResult>();
}

void TestAppRefusal::directRefusal_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("words");
    QTest::newRow("blocked") << int(fakevk::ClientStatus::Blocked) << QStringLiteral("app_blocked")
                             << QStringLiteral("VK has blocked VK for Android (2274003)");
    QTest::newRow("disabled") << int(fakevk::ClientStatus::Disabled) << QStringLiteral("app_disabled")
                              << QStringLiteral("VK has disabled VK for Android (2274003)");
    QTest::newRow("security error") << int(fakevk::ClientStatus::SecurityError)
                                    << QStringLiteral("security_error")
                                    << QStringLiteral(
                                           "VK refused VK for Android (2274003) for this account now");
}

void TestAppRefusal::directRefusal()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QString, words);
    m_fake->setClientStatus(QStringLiteral("2274003"), fakevk::ClientStatus(status));
    SignInRequest r;
    r.method = SignInRequest::Method::Password;
    r.app = *AppCredentials::byKey(QStringLiteral("android"));
    r.login = QStringLiteral("ivan@example.org");
    r.password = QStringLiteral("correct horse");
    r.scope = kOffline | kMessages;
    r.timeoutMs = 5000;
    const SignInResult result = run(r);
    QVERIFY(result.outcome.error);
    const AuthError &error = *result.outcome.error;
    QCOMPARE(error.codeName(), QStringLiteral("AUTHORIZATION_FAILED"));
    QCOMPARE(error.reason, reason);
    QVERIFY2(error.message.contains(words), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("VK for Windows")), qPrintable(error.message));
    QVERIFY(!error.message.contains(QLatin1String("Kate Mobile"))); // no password sign-in with it
    QVERIFY(result.suggestedApp);
    QCOMPARE(result.suggestedApp->key, QStringLiteral("windows"));
    QVERIFY(error.details.contains(QLatin1String("invalid_request"))); // VK's own words, for --verbose

    // Another app of the same account still signs in: the refusal is the app's, not the account's.
    m_fake->setClientStatus(QStringLiteral("2274003"), fakevk::ClientStatus::Works);
    QVERIFY(run(r).outcome.ok());
}

void TestAppRefusal::browserRefusal_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("reason");
    QTest::newRow("blocked") << QStringLiteral("application is blocked") << QStringLiteral("app_blocked");
    QTest::newRow("disabled") << QStringLiteral("application is disabled") << QStringLiteral("app_disabled");
    QTest::newRow("security") << QStringLiteral("Security Error") << QStringLiteral("security_error");
}

void TestAppRefusal::browserRefusal()
{
    QFETCH(QString, description);
    QFETCH(QString, reason);
    ErrorPage page;
    page.description = description;
    SignInRequest r;
    r.method = SignInRequest::Method::BrowserUser;
    r.app = *AppCredentials::byKey(QStringLiteral("vkAdmin"));
    r.scope = kOffline | kMessages;
    r.timeoutMs = 5000;
    const SignInResult result = run(r, &page);
    QVERIFY(result.outcome.error);
    QCOMPARE(result.outcome.error->codeName(), QStringLiteral("AUTHORIZATION_FAILED"));
    QCOMPARE(result.outcome.error->reason, reason);
    QVERIFY2(result.outcome.error->message.contains(QLatin1String("VK Admin (6121396)")),
        qPrintable(result.outcome.error->message));
    QVERIFY(result.outcome.error->message.contains(QLatin1String("Kate Mobile")));
    QVERIFY(result.suggestedApp);
    QCOMPARE(result.suggestedApp->key, QStringLiteral("kateMobile")); // DECISIONS: instead of VK Admin
}

void TestAppRefusal::otherErrorsHaveNoReason()
{
    QVERIFY(classifyTokenReply(
        401, R"({"error":"invalid_client","error_type":"username_or_password_is_incorrect"})")
                .error.reason.isEmpty());
    QVERIFY(classifyTokenReply(400, R"({"error":"invalid_request","error_description":"too much tries"})")
                .error.reason.isEmpty());
    QCOMPARE(
        classifyTokenReply(400, R"({"error":"invalid_request","error_description":"application is blocked"})")
            .error.reason,
        QStringLiteral("app_blocked"));
    // A wrong password with a blocked-looking app elsewhere stays a wrong password.
    SignInRequest r;
    r.method = SignInRequest::Method::Password;
    r.app = *AppCredentials::byKey(QStringLiteral("android"));
    r.login = QStringLiteral("ivan@example.org");
    r.password = QStringLiteral("wrong");
    r.timeoutMs = 5000;
    const SignInResult result = run(r);
    QVERIFY(result.outcome.error);
    QVERIFY(result.outcome.error->reason.isEmpty());
    QVERIFY(!result.suggestedApp);
}

QTEST_GUILESS_MAIN(TestAppRefusal)
#include "tst_apprefusal.moc"
