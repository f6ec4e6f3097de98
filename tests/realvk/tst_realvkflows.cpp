// SPDX-License-Identifier: MIT
// The flows against the fake where it now follows VK's real shapes (tests/realvk/SOURCES.md):
// flood control, every two-factor channel, the phone check at act=security_check, the formless
// warning page, a script-only page continued through the Page seam, and HTTP/2 left allowed.
#include "FakeVk.h"
#include "FlowHarness.h"
#include "QueuePrompter.h"
#include "auth/AccountVerification.h"
#include "auth/DirectAuthorization.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QTest>
#include <QUrlQuery>

using namespace vkauth;
using namespace testsupport;

namespace {

// Remembers every request the flows build, to check their attributes.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QList<QNetworkRequest> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        requests.append(request);
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// What a browser would do with the fake's script-only page: run its script (which goes to
// act=challenge_done) with the page's cookies, and follow the redirects to blank.html.
QString passScriptPage(const PageChallenge &page)
{
    QNetworkAccessManager network;
    for (const QNetworkCookie &cookie : page.cookies)
        network.cookieJar()->insertCookie(cookie);
    QUrl url = page.url;
    QUrlQuery query(url);
    query.removeQueryItem(QStringLiteral("act"));
    query.addQueryItem(QStringLiteral("act"), QStringLiteral("challenge_done"));
    url.setQuery(query);
    for (int hops = 0; hops < 10 && !url.path().endsWith(QLatin1String("/blank.html")); ++hops) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(5000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QUrl next = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        reply->deleteLater();
        if (next.isEmpty())
            break;
        url = url.resolved(next);
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

class TestRealVkFlows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void floodControlOneRequest();
    void twoFactorChannels_data();
    void twoFactorChannels();
    void smsOnlyWhenAsked();
    void phoneCheckAtSecurityCheck();
    void wrongDigitsShowVkWords();
    void phoneCheckOnSiteHost();
    void scriptPageThroughPageSeam();
    void scriptPageWithoutBrowserNamesStep();
    void http2StaysAllowed();

private:
    std::unique_ptr<fakevk::FakeVk> m_fake;
};

void TestRealVkFlows::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
}

void TestRealVkFlows::cleanup()
{
    m_fake.reset();
}

void TestRealVkFlows::floodControlOneRequest()
{
    auto account = testAccount(5100000001LL);
    account.floodControl = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QCOMPARE(spy.errorCode(), AuthErrorCode::TooMuchTries);
    QVERIFY(spy.outcome().error->message.contains(QStringLiteral("do not retry")));
    QVERIFY(spy.outcome().error->details.contains(QStringLiteral("password_bruteforce_attempt")));
    QCOMPARE(m_fake->requests(QStringLiteral("/token")).size(), 1);
    QCOMPARE(prompter.questions().size(), 0);
}

void TestRealVkFlows::twoFactorChannels_data()
{
    QTest::addColumn<int>("twoFactor");
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("otp");
    QTest::addColumn<int>("codeLength");
    QTest::addColumn<QString>("vkWords");
    using TF = fakevk::Account::TwoFactor;
    using C = TwoFactorChallenge::Channel;
    QTest::newRow("2fa_app") << int(TF::App) << int(C::App) << "123456" << 6 << "use app code";
    QTest::newRow("2fa_sms") << int(TF::Sms) << int(C::Sms) << "123456" << 6 << "sms sent";
    QTest::newRow("2fa_libverify") << int(TF::LibVerify) << int(C::LibVerify) << "123456" << 6 << "sms sent";
    QTest::newRow("2fa_callreset") << int(TF::FlashCall) << int(C::FlashCall) << "4567" << 4
                                   << "use last 4 digits from incoming call";
    QTest::newRow("2fa_push") << int(TF::Push) << int(C::Push) << "123456" << 6 << "push sent";
    QTest::newRow("2fa_email") << int(TF::Email) << int(C::Email) << "123456" << 6 << "email sent";
}

void TestRealVkFlows::twoFactorChannels()
{
    QFETCH(int, twoFactor);
    QFETCH(int, channel);
    QFETCH(QString, otp);
    QFETCH(int, codeLength);
    QFETCH(QString, vkWords);
    auto account = testAccount(5100000002LL);
    account.twoFactor = fakevk::Account::TwoFactor(twoFactor);
    account.otp = otp;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.answer(otp);
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY2(spy.outcome().ok(), qPrintable(spy.outcome().error ? spy.outcome().error->details : QString()));
    QCOMPARE(prompter.questions().size(), 1);
    const TwoFactorChallenge asked = prompter.questions().first().twoFactor;
    QCOMPARE(int(asked.channel), channel);
    QCOMPARE(asked.codeLength, codeLength);
    QVERIFY2(asked.description.contains(vkWords), qPrintable(asked.description));
    QVERIFY(!whereTheCodeIs(asked).isEmpty());
    QVERIFY(m_fake->requests(QStringLiteral("/method/auth.validatePhone")).isEmpty()); // never on our own
}

// validation_resend "sms" on a flash call: the question offers an SMS, and only asking sends one.
void TestRealVkFlows::smsOnlyWhenAsked()
{
    auto account = testAccount(5100000003LL);
    account.twoFactor = fakevk::Account::TwoFactor::FlashCall;
    account.otp = QStringLiteral("4567");
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.then([](Prompt *p) { p->requestSms(); });
    DirectAuthorization flow(directOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QTRY_VERIFY(!m_fake->requests(QStringLiteral("/method/auth.validatePhone")).isEmpty());
    QVERIFY(prompter.questions().first().twoFactor.smsAvailable);
    QTRY_COMPARE(prompter.current()->twoFactor().channel, TwoFactorChallenge::Channel::Sms);
    // auth.validatePhone's code_length now rules (the fake keeps one code for call and SMS).
    QCOMPARE(prompter.current()->twoFactor().codeLength, int(account.otp.size()));
    QVERIFY(prompter.current()->twoFactor().description.isEmpty()); // VK's words were about the call
    prompter.current()->answer(account.otp);
    QVERIFY(spy.wait());
    QVERIFY(spy.outcome().ok());
    QCOMPARE(m_fake->requests(QStringLiteral("/method/auth.validatePhone")).size(), 1);
}

void TestRealVkFlows::phoneCheckAtSecurityCheck()
{
    auto account = testAccount(5100000004LL);
    account.securityCheck = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    auto options = directOptions(*m_fake, account);
    options.phone = account.phone;
    DirectAuthorization flow(options, &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY2(spy.outcome().ok(), qPrintable(spy.outcome().error ? spy.outcome().error->details : QString()));
    bool sawSecurityCheck = false;
    for (const auto &request : m_fake->requests(QStringLiteral("/login")))
        sawSecurityCheck |= QUrlQuery(request.url).queryItemValue("act") == u"security_check";
    QVERIFY(sawSecurityCheck);
    QCOMPARE(m_fake->requests(QStringLiteral("/login.php")).size(), 1);
}

void TestRealVkFlows::wrongDigitsShowVkWords()
{
    auto account = testAccount(5100000005LL);
    account.securityCheck = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    auto options = verificationOptions(*m_fake, account);
    options.phone = QStringLiteral("79990000067");
    AccountVerification flow(options, &prompter);
    OutcomeSpy spy(&flow);
    flow.start(m_fake->startVerification(account.userId, 2u));
    QVERIFY(spy.wait());
    QCOMPARE(spy.errorCode(), AuthErrorCode::InvalidPhoneNumber);
    QCOMPARE(spy.outcome().error->details,
        QStringLiteral("Incorrect numbers. You can repeat the attempt in 3 hours."));
}

// As VK: the phone check lives on the m. site host, not on the OAuth host (m.vk.com/login?act=
// security_check). The fake serves it on a second loopback address; VKAUTH_EXTRA_HOSTS allows it
// (DECISIONS.md, "URL policy and test overrides"), and the phone check there gives a token.
void TestRealVkFlows::phoneCheckOnSiteHost()
{
    QVERIFY(m_fake->listenSiteOn(QStringLiteral("127.0.0.2")));
    QCOMPARE(m_fake->siteBase().host(), QStringLiteral("127.0.0.2"));
    auto account = testAccount(5100000009LL);
    account.securityCheck = true;
    m_fake->addAccount(account);
    auto options = directOptions(*m_fake, account);
    options.phone = account.phone;
    const auto unset = qScopeGuard([] { qunsetenv("VKAUTH_EXTRA_HOSTS"); });

    // Not allowed: the policy refuses the site host before anything is sent there.
    {
        qunsetenv("VKAUTH_EXTRA_HOSTS");
        QueuePrompter prompter;
        DirectAuthorization flow(options, &prompter);
        OutcomeSpy spy(&flow);
        flow.start();
        QVERIFY(spy.wait());
        QVERIFY(!spy.outcome().ok());
        QVERIFY2(spy.outcome().error->details.contains(QStringLiteral("127.0.0.2")),
            qPrintable(spy.outcome().error->details));
        for (const auto &request : m_fake->requests())
            QVERIFY2(request.headers.value("host").startsWith("127.0.0.1"), request.headers.value("host"));
    }

    qputenv("VKAUTH_EXTRA_HOSTS", "127.0.0.2");
    QueuePrompter prompter;
    DirectAuthorization flow(options, &prompter);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY2(spy.outcome().ok(), qPrintable(spy.outcome().error ? spy.outcome().error->details : QString()));
    QCOMPARE(spy.outcome().tokens.first().vkId, account.userId);
    QVERIFY(m_fake->isValidToken(spy.outcome().tokens.first().token));
    QCOMPARE(prompter.questions().size(), 0);
    const QByteArray siteHost = "127.0.0.2:" + QByteArray::number(m_fake->port());
    bool sawSecurityCheck = false;
    for (const auto &request : m_fake->requests(QStringLiteral("/login"))) {
        if (QUrlQuery(request.url).queryItemValue("act") == u"security_check") {
            sawSecurityCheck = true;
            QCOMPARE(request.headers.value("host"), siteHost);
            QVERIFY(request.headers.value("cookie").contains("remixvsid="));
        }
    }
    QVERIFY(sawSecurityCheck);
    const auto posted = m_fake->requests(QStringLiteral("/login.php"));
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.first().headers.value("host"), siteHost);
}

// A page a scraper cannot pass goes to a front that can show pages, with the session's cookies; the
// URL the browser reached (blank.html) ends the flow as in the browser sign-in.
void TestRealVkFlows::scriptPageThroughPageSeam()
{
    auto account = testAccount(5100000006LL);
    account.challengeOnVerification = true;
    m_fake->addAccount(account);
    QueuePrompter prompter;
    prompter.setCanShowPages(true);
    prompter.then([](Prompt *p) { p->answer(passScriptPage(p->page())); });
    AccountVerification flow(verificationOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start(m_fake->startVerification(account.userId, 2u));
    QVERIFY(spy.wait());
    QVERIFY2(spy.outcome().ok(), qPrintable(spy.outcome().error ? spy.outcome().error->details : QString()));
    QCOMPARE(prompter.count(Prompt::Kind::Page), 1);
    const PageChallenge page = prompter.questions().first().page;
    QCOMPARE(page.step, QStringLiteral("challenge"));
    QVERIFY(!page.cookies.isEmpty()); // the session's cookie travels with the page
    QVERIFY(m_fake->isValidToken(spy.outcome().tokens.first().token));
}

void TestRealVkFlows::scriptPageWithoutBrowserNamesStep()
{
    auto account = testAccount(5100000007LL);
    account.challengeOnVerification = true;
    m_fake->addAccount(account);
    QueuePrompter prompter; // a front without a web view (the CLI)
    AccountVerification flow(verificationOptions(*m_fake, account), &prompter);
    OutcomeSpy spy(&flow);
    flow.start(m_fake->startVerification(account.userId, 2u));
    QVERIFY(spy.wait());
    QCOMPARE(spy.errorCode(), AuthErrorCode::AuthorizationFailed);
    QVERIFY(spy.outcome().error->details.contains(QStringLiteral("\"challenge\"")));
    QVERIFY(spy.outcome().error->details.contains(QStringLiteral("browser sign-in")));
    QCOMPARE(prompter.questions().size(), 0);
}

// One source (2026): VK blocks password grants over HTTP/1.1 and only challenges HTTP/2. The requests
// we build must leave Qt free to negotiate HTTP/2 on TLS.
void TestRealVkFlows::http2StaysAllowed()
{
    auto account = testAccount(5100000008LL);
    account.securityCheck = true;
    account.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(account);
    RecordingNetwork network;
    QueuePrompter prompter;
    prompter.answer(account.otp);
    auto options = directOptions(*m_fake, account);
    options.phone = account.phone;
    DirectAuthorization flow(options, &prompter, &network);
    OutcomeSpy spy(&flow);
    flow.start();
    QVERIFY(spy.wait());
    QVERIFY(network.requests.size() >= 3);
    for (const QNetworkRequest &request : std::as_const(network.requests)) {
        const QVariant http2 = request.attribute(QNetworkRequest::Http2AllowedAttribute);
        QVERIFY2(!http2.isValid() || http2.toBool(), qPrintable(request.url().toString()));
    }
}

QTEST_MAIN(TestRealVkFlows)
#include "tst_realvkflows.moc"
