// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "FlowHarness.h"
#include "RawHttpServer.h"
#include "net/HttpSession.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QTest>

using namespace vkauth;
using namespace testsupport;

// The one place the core makes requests, over real loopback HTTP to the fake.
class TestHttpSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void errorStatusIsAnAnswer();
    void userAgent();
    void sizeCap();
    void sizeCapWithoutLength();
    void redirectsKeepCookiesAndStopBeforeBlank();
    void redirectLimit();
    void timeout();
    void abortAllSilencesCallbacks();
    void destructionAborts();

private:
    std::optional<HttpResponse> fetch(HttpSession &session, const QUrl &url);
    std::unique_ptr<fakevk::FakeVk> m_fake;
};

void TestHttpSession::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment(); // a session's default policy: the configured endpoints only
}

void TestHttpSession::cleanup()
{
    for (const char *variable : {"VKAUTH_OAUTH_URL", "VKAUTH_LOGIN_URL", "VKAUTH_SITE_URL", "VKAUTH_API_URL"})
        qunsetenv(variable);
    m_fake.reset();
}

std::optional<HttpResponse> TestHttpSession::fetch(HttpSession &session, const QUrl &url)
{
    std::optional<HttpResponse> result;
    session.get(url, [&result](const HttpResponse &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return std::nullopt;
    return result;
}

void TestHttpSession::errorStatusIsAnAnswer()
{
    HttpSession session;
    const auto reply = fetch(session, fakeEndpoints(*m_fake).oauthUrl(QStringLiteral("/token")));
    QVERIFY(reply.has_value());
    QVERIFY(reply->ok()); // a 4xx with VK's JSON is an answer, not a transport error
    QVERIFY(reply->status >= 400 && reply->status < 500);
    QJsonObject object;
    QVERIFY(!reply->parseJsonObject(&object).has_value());
    QVERIFY(object.contains(QLatin1String("error")));
}

void TestHttpSession::userAgent()
{
    HttpSession session;
    const QUrl url = fakeEndpoints(*m_fake).apiMethod(QStringLiteral("users.get"));
    QVERIFY(fetch(session, url).has_value());
    QCOMPARE(m_fake->requests().last().headers.value("user-agent"), HttpSession::defaultUserAgent());
    session.setHeaders({{"User-Agent", "Custom/1.0"}, {"X-Extra", "yes"}});
    QVERIFY(fetch(session, url).has_value());
    QCOMPARE(m_fake->requests().last().headers.value("user-agent"), QByteArray("Custom/1.0"));
    QCOMPARE(m_fake->requests().last().headers.value("x-extra"), QByteArray("yes"));
}

void TestHttpSession::sizeCap()
{
    m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::HugeBody);
    m_fake->setHugeBodyBytes(6 * 1024 * 1024);
    HttpSession session;
    const auto reply = fetch(session, fakeEndpoints(*m_fake).oauthUrl(QStringLiteral("/token")));
    QVERIFY(reply.has_value());
    QCOMPARE(reply->error->code, AuthErrorCode::BadResponse);
    QVERIFY2(reply->error->details.contains(QLatin1String("MB")), qPrintable(reply->error->details));

    m_fake->setHugeBodyBytes(1024 * 1024); // under the cap: read in full
    const auto small = fetch(session, fakeEndpoints(*m_fake).oauthUrl(QStringLiteral("/token")));
    QVERIFY(small.has_value() && small->ok());
    QVERIFY(qAbs(small->body.size() - 1024 * 1024) < 64); // the fake pads to about the size asked
}

void TestHttpSession::redirectsKeepCookiesAndStopBeforeBlank()
{
    auto account = testAccount();
    account.validateOnVerification = true;
    m_fake->addAccount(account);
    const Endpoints endpoints = fakeEndpoints(*m_fake);
    QNetworkAccessManager network;
    HttpSession session(&network);
    session.setStopBefore([endpoints](const QUrl &url) { return endpoints.isBlankPage(url); });
    const QUrl start = m_fake->startVerification(account.userId);
    const auto page = fetch(session, start);
    QVERIFY(page.has_value() && page->ok());
    QVERIFY(page->visited.size() >= 2);
    QCOMPARE(page->visited.first(), start);
    QCOMPARE(page->url, page->visited.last());
    QVERIFY(page->url.query().contains(QLatin1String("act=validate")));
    QVERIFY(!network.cookieJar()->cookiesForUrl(page->url).isEmpty()); // the session cookie was kept
}

void TestHttpSession::redirectLimit()
{
    m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::RedirectLoop);
    HttpSession session;
    session.setMaxRedirects(3);
    const auto reply = fetch(session, fakeEndpoints(*m_fake).oauthUrl(QStringLiteral("/token")));
    QVERIFY(reply.has_value());
    QCOMPARE(reply->error->code, AuthErrorCode::BadResponse);
    QCOMPARE(reply->visited.size(), 4);
    QCOMPARE(m_fake->requests(QStringLiteral("/token")).size(), 4);
}

// A reply without a Content-Length that never ends is cut as soon as it passes the cap: the
// request ends with the size error at once and the connection is closed (the rest is not read into
// memory, and no timeout is waited for).
void TestHttpSession::sizeCapWithoutLength()
{
    RawHttpServer server([](const QByteArray &) { return QByteArray(); });
    QVERIFY(server.start());
    HttpSession session;
    session.setMaxBytes(1024 * 1024);
    session.setTimeoutMs(5000);
    QElapsedTimer clock;
    clock.start();
    const auto reply = fetch(session, server.url(QStringLiteral("/stream")));
    QVERIFY(reply.has_value());
    QVERIFY(reply->error.has_value());
    QCOMPARE(reply->error->code, AuthErrorCode::BadResponse);
    QVERIFY2(reply->error->details.contains(QLatin1String("MB")), qPrintable(reply->error->details));
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(server.streamClosed(), 5000);
    QVERIFY2(server.streamedBytes() < 8 * 1024 * 1024, qPrintable(QString::number(server.streamedBytes())));
}

void TestHttpSession::timeout()
{
    m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::Slow);
    m_fake->setFaultDelayMs(5000);
    HttpSession session;
    session.setTimeoutMs(700);
    QElapsedTimer clock;
    clock.start();
    const auto reply = fetch(session, fakeEndpoints(*m_fake).oauthUrl(QStringLiteral("/token")));
    QVERIFY(reply.has_value());
    QVERIFY(clock.elapsed() < 1700);
    QCOMPARE(reply->error->code, AuthErrorCode::Timeout);
}

void TestHttpSession::abortAllSilencesCallbacks()
{
    m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::Slow);
    m_fake->setFaultDelayMs(300);
    HttpSession session;
    int calls = 0;
    session.get(fakeEndpoints(*m_fake).oauthUrl(QStringLiteral("/token")),
        [&calls](const HttpResponse &) { ++calls; });
    QVERIFY(session.isBusy());
    QTRY_VERIFY(!m_fake->requests(QStringLiteral("/token")).isEmpty());
    session.abortAll();
    QVERIFY(!session.isBusy());
    // A later request on the same session still works, and the aborted one never calls back.
    const auto reply = fetch(session, fakeEndpoints(*m_fake).apiMethod(QStringLiteral("users.get")));
    QVERIFY(reply.has_value() && reply->ok());
    QCOMPARE(calls, 0);
}

void TestHttpSession::destructionAborts()
{
    m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::Slow);
    m_fake->setFaultDelayMs(300);
    int calls = 0;
    {
        HttpSession session;
        session.get(fakeEndpoints(*m_fake).oauthUrl(QStringLiteral("/token")),
            [&calls](const HttpResponse &) { ++calls; });
        QTRY_VERIFY(!m_fake->requests(QStringLiteral("/token")).isEmpty());
    }
    HttpSession other;
    QVERIFY(fetch(other, fakeEndpoints(*m_fake).apiMethod(QStringLiteral("users.get"))).has_value());
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestHttpSession)
#include "tst_httpsession.moc"
