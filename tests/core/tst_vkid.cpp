// SPDX-License-Identifier: MIT
// VK ID in core: PKCE and state, the authorize URL, the redirect read (state required and equal, VK's
// error= mapped), the code exchange against the fake (a wrong verifier refused), the loopback listener
// (one-shot, 127.0.0.1, only GET of the redirect path), and VkIdSignIn through a PageRunner that plays
// the web view (catches the redirect without loading it).

#include "FakeVk.h"
#include "FakeVkHttp.h"
#include "FakeVkId.h"
#include "FreePort.h"
#include "auth/ImplicitFlow.h"
#include "auth/LoopbackReceiver.h"
#include "auth/VkIdClient.h"
#include "auth/VkIdSignIn.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace vkauth;

namespace {
const QString kClient = QStringLiteral("51234567");

// The web view's part, without a window: loads the authorize page and reports the redirect to the
// caught address without fetching it (as the helper does), or a given address.
class ScriptedPage : public PageRunner
{
public:
    using PageRunner::PageRunner;
    QUrl forced; // set: answer this instead of following the page
    PageJob job;
    void start(const PageJob &j) override
    {
        job = j;
        if (!forced.isEmpty()) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    Q_EMIT finished(PageResult {PageResult::Kind::Caught, forced, {}, {}});
                },
                Qt::QueuedConnection);
            return;
        }
        QNetworkRequest request(j.url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_net.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const QUrl to = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            Q_EMIT finished(PageResult {PageResult::Kind::Caught, to, {}, {}});
        });
    }
    void cancel() override { }
    bool isAvailable() const override { return true; }

private:
    QNetworkAccessManager m_net;
};
} // namespace

class TestVkId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void pkce();
    void authorizeUrl();
    void redirectNeedsTheState_data();
    void redirectNeedsTheState();
    void wrongVerifierRefusedByVk();
    void loopbackTakesOnlyTheRedirect();
    void loopbackWithoutPortPicksOne();
    void signInThroughAPageRunner();
    void signInRefusesAForeignState();

private:
    NetworkContext network() const;
    std::unique_ptr<fakevk::FakeVk> m_fake;
    VkIdApp m_app;
};

void TestVkId::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment();
    m_fake->addAccount(testsupport::account(1001, QStringLiteral("id@example.com")));
    m_app.clientId = kClient;
    m_app.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/vkid").arg(testsupport::freePort()));
    m_app.scopes = {QStringLiteral("vkid.personal_info"), QStringLiteral("email")};
    m_fake->vkid().registerClient(kClient, {m_app.redirectUri.toString()});
}

void TestVkId::cleanup()
{
    m_fake.reset();
}

NetworkContext TestVkId::network() const
{
    NetworkContext context;
    context.endpoints = Endpoints::fromEnvironment();
    context.timeoutMs = 10000;
    return context;
}

void TestVkId::pkce()
{
    // RFC 7636, appendix B.
    QCOMPARE(Pkce::challengeOf(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
        QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    QVERIFY(Pkce::isValidVerifier(a.verifier));
    QVERIFY(a.verifier.size() >= 43 && a.verifier.size() <= 128);
    QVERIFY(a.verifier != b.verifier);
    QCOMPARE(a.challenge, Pkce::challengeOf(a.verifier));
    QVERIFY(!a.challenge.contains(u'='));
    QVERIFY(!Pkce::isValidVerifier(QStringLiteral("short")));
    QVERIFY(!Pkce::isValidVerifier(QStringLiteral("a").repeated(129)));
    QVERIFY(!Pkce::isValidVerifier(QStringLiteral("a").repeated(42) + u'+'));
    QVERIFY(ImplicitFlow::newState().size() >= 32);
}

void TestVkId::authorizeUrl()
{
    const QUrl url
        = VkId::authorizeUrl(Endpoints::fromEnvironment(), m_app, QStringLiteral("S"), QStringLiteral("C"));
    QCOMPARE(url.host(), m_fake->baseUrl().host());
    QCOMPARE(url.path(), QStringLiteral("/authorize"));
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), kClient);
    QCOMPARE(
        q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), m_app.redirectUri.toString());
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("s256"));
    QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
        QStringLiteral("vkid.personal_info email"));
    // The default id host follows the domain.
    QCOMPARE(Endpoints::forDomain(VkDomain::VkCom).id, QUrl(QStringLiteral("https://id.vk.com")));
    QCOMPARE(Endpoints::forDomain(VkDomain::VkRu).id, QUrl(QStringLiteral("https://id.vk.ru")));
}

void TestVkId::redirectNeedsTheState_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("code"); // -1: accepted
    QTest::newRow("ok") << "code=c&device_id=d&state=S" << -1;
    QTest::newRow("missing state") << "code=c&device_id=d" << int(AuthErrorCode::AuthorizationFailed);
    QTest::newRow("wrong state") << "code=c&device_id=d&state=T" << int(AuthErrorCode::AuthorizationFailed);
    QTest::newRow("denied") << "error=access_denied&error_description=no&state=S"
                            << int(AuthErrorCode::AccessDenied);
    QTest::newRow("denied, no state") << "error=access_denied" << int(AuthErrorCode::AuthorizationFailed);
    QTest::newRow("other error") << "error=server_error&state=S" << int(AuthErrorCode::AuthorizationFailed);
    QTest::newRow("no code") << "device_id=d&state=S" << int(AuthErrorCode::BadResponse);
}

void TestVkId::redirectNeedsTheState()
{
    QFETCH(QString, query);
    QFETCH(int, code);
    QUrl url = m_app.redirectUri;
    url.setQuery(query);
    const VkId::Redirect r = VkId::parseRedirect(url, m_app, QStringLiteral("S"));
    if (code < 0) {
        QVERIFY(!r.error);
        QCOMPARE(r.code, QStringLiteral("c"));
        QCOMPARE(r.deviceId, QStringLiteral("d"));
    } else {
        QVERIFY(r.error);
        QCOMPARE(int(r.error->code), code);
    }
    QUrl elsewhere = url;
    elsewhere.setPath(QStringLiteral("/other"));
    QVERIFY(VkId::parseRedirect(elsewhere, m_app, QStringLiteral("S")).error);
}

void TestVkId::wrongVerifierRefusedByVk()
{
    const Pkce right = Pkce::generate();
    m_fake->vkid().setAutoApprove(1001);
    QNetworkAccessManager net;
    QNetworkRequest request(
        VkId::authorizeUrl(Endpoints::fromEnvironment(), m_app, QStringLiteral("S"), right.challenge));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = net.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    const QUrl to = QUrl::fromEncoded(reply->rawHeader("Location"));
    reply->deleteLater();
    const VkId::Redirect redirect = VkId::parseRedirect(to, m_app, QStringLiteral("S"));
    QVERIFY(!redirect.error);

    VkIdClient client(network(), kClient);
    std::optional<VkId::TokenAnswer> answer;
    client.exchangeCode(redirect.code, Pkce::generate().verifier, redirect.deviceId, m_app.redirectUri,
        QStringLiteral("S"), [&](const VkId::TokenAnswer &a) { answer = a; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->error);
    QCOMPARE(answer->error->reason, VkId::kSignInAgain); // invalid_grant
    QVERIFY(answer->tokens.accessToken.isEmpty());
}

void TestVkId::loopbackTakesOnlyTheRedirect()
{
    QUrl opened;
    LoopbackReceiver receiver([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    QSignalSpy finished(&receiver, &PageRunner::finished);
    PageJob job;
    job.url = QUrl(QStringLiteral("https://id.example/authorize"));
    job.catchUrls = {m_app.redirectUri};
    receiver.start(job);
    QCOMPARE(opened, job.url);
    QVERIFY(receiver.isListening());

    QNetworkAccessManager net;
    const auto fetch = [&net](const QByteArray &verb, const QUrl &url) {
        QNetworkReply *reply = net.sendCustomRequest(QNetworkRequest(url), verb);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    QUrl other = m_app.redirectUri;
    other.setPath(QStringLiteral("/favicon.ico"));
    QCOMPARE(fetch("GET", other), 404);
    QUrl answer = m_app.redirectUri;
    answer.setQuery(QStringLiteral("code=c&state=s"));
    QCOMPARE(fetch("POST", answer), 404);
    QCOMPARE(finished.count(), 0);

    // Too large a request is refused without ending the wait.
    QTcpSocket big;
    big.connectToHost(QHostAddress::LocalHost, quint16(m_app.redirectUri.port()));
    QVERIFY(big.waitForConnected(5000));
    big.write("GET /vkid?" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(big.bytesAvailable() > 0 || big.state() != QAbstractSocket::ConnectedState);
    QCOMPARE(finished.count(), 0);

    QCOMPARE(fetch("GET", answer), 200);
    QCOMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<PageResult>();
    QCOMPARE(result.kind, PageResult::Kind::Caught);
    QCOMPARE(QUrlQuery(result.url).queryItemValue(QStringLiteral("code")), QStringLiteral("c"));
    // One-shot: nothing listens any more.
    QVERIFY(!receiver.isListening());
    QCOMPARE(fetch("GET", answer), 0);
}

void TestVkId::loopbackWithoutPortPicksOne()
{
    LoopbackReceiver receiver(nullptr);
    QString why;
    const auto served = receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/cb")), &why);
    QVERIFY2(served.has_value(), qPrintable(why));
    QVERIFY(served->port() > 0);
    QVERIFY(!receiver.listen(QUrl(QStringLiteral("https://example.org/cb")), &why));
    QVERIFY(!why.isEmpty());
}

void TestVkId::signInThroughAPageRunner()
{
    m_fake->vkid().setAutoApprove(1001);
    ScriptedPage page;
    VkIdSignIn signIn(m_app, network(), &page, nullptr);
    QSignalSpy finished(&signIn, &VkIdSignIn::finished);
    signIn.start();
    QVERIFY(finished.wait(15000));
    const auto result = finished.first().first().value<SignInResult>();
    QVERIFY2(
        result.outcome.ok(), qPrintable(result.outcome.error ? result.outcome.error->text() : QString()));
    const ObtainedToken token = result.outcome.tokens.first();
    QCOMPARE(token.vkId, 1001);
    QVERIFY(m_fake->isValidToken(token.token));
    QVERIFY(m_fake->vkid().familyAlive(token.refreshToken));
    QVERIFY(!token.deviceId.isEmpty());
    QCOMPARE(token.app.key, QStringLiteral("vkid"));
    QCOMPARE(page.job.catchUrls, QList<QUrl> {m_app.redirectUri});
    QVERIFY(page.job.allowedHosts.contains(m_fake->baseUrl().host()));
}

void TestVkId::signInRefusesAForeignState()
{
    ScriptedPage page;
    page.forced = m_app.redirectUri;
    page.forced.setQuery(QStringLiteral("code=c&device_id=d&state=someone-elses"));
    VkIdSignIn signIn(m_app, network(), &page, nullptr);
    QSignalSpy finished(&signIn, &VkIdSignIn::finished);
    signIn.start();
    QVERIFY(finished.wait(15000));
    const auto result = finished.first().first().value<SignInResult>();
    QVERIFY(result.outcome.error);
    QCOMPARE(result.outcome.error->code, AuthErrorCode::AuthorizationFailed);
    QVERIFY(m_fake->requests(QStringLiteral("/oauth2/auth")).isEmpty());
}

QTEST_GUILESS_MAIN(TestVkId)
#include "tst_vkid.moc"
