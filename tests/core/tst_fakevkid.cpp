// SPDX-License-Identifier: MIT
// The fake's VK ID (FakeVkId.h): the authorize page and its redirect, the code grant with PKCE, refresh
// token rotation and reuse detection, user_info, revoke and logout. Driven with a bare
// QNetworkAccessManager (tests/support/FakeVkHttp.h).

#include "FakeVkHttp.h"
#include "FakeVkId.h"

#include <QCryptographicHash>
#include <QTest>
#include <QUrlQuery>

using namespace testsupport;

namespace {
const QString kClient = QStringLiteral("51234567");
const QString kRedirect = QStringLiteral("http://127.0.0.1:53682/vkid");
const QString kVerifier = QStringLiteral("a-verifier-of-the-right-length_0123456789abcdefXYZ");

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery form(const QList<QPair<QString, QString>> &items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return q;
}
} // namespace

class TestFakeVkId : public QObject, public FakeVkHttp
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(startFake());
        m_fake->addAccount(account(1001, QStringLiteral("id@example.com")));
        m_fake->vkid().registerClient(kClient, {kRedirect});
    }
    void cleanup() { stopFake(); }

    void formSignInRedirectsWithCode();
    void denyRedirectsWithError();
    void unknownClientAndRedirectRefused();
    void codeExchangeChecksPkceAndIsSingleUse();
    void codeExchangeChecksRedirectAndDevice();
    void refreshRotatesAndReuseKillsTheFamily();
    void shortLifetimes();
    void userInfoRevokeLogout();

private:
    QUrl authorizeUrl(const QString &clientId = kClient, const QString &redirect = kRedirect) const
    {
        QUrlQuery q = form({{QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), clientId}, {QStringLiteral("redirect_uri"), redirect},
            {QStringLiteral("state"), QStringLiteral("s").repeated(40)},
            {QStringLiteral("code_challenge"), challengeOf(kVerifier)},
            {QStringLiteral("code_challenge_method"), QStringLiteral("s256")},
            {QStringLiteral("scope"), QStringLiteral("vkid.personal_info email")}});
        QUrl u = url(QStringLiteral("/authorize"));
        u.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
        return u;
    }
    // The redirect VK ID ends on (not fetched: nothing listens there).
    QUrlQuery signIn()
    {
        m_fake->vkid().setAutoApprove(1001);
        const Http http = get(authorizeUrl());
        m_fake->vkid().setAutoApprove(0);
        return QUrlQuery(http.location());
    }
    Http exchange(const QUrlQuery &redirect, const QString &verifier = kVerifier,
        const QString &redirectUri = kRedirect)
    {
        return post(url(QStringLiteral("/oauth2/auth")),
            form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), redirect.queryItemValue(QStringLiteral("code"))},
                {QStringLiteral("code_verifier"), verifier}, {QStringLiteral("client_id"), kClient},
                {QStringLiteral("device_id"), redirect.queryItemValue(QStringLiteral("device_id"))},
                {QStringLiteral("redirect_uri"), redirectUri},
                {QStringLiteral("state"), QStringLiteral("x")}}));
    }
    Http refresh(const QString &token, const QString &device)
    {
        return post(url(QStringLiteral("/oauth2/auth")),
            form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                {QStringLiteral("refresh_token"), token}, {QStringLiteral("client_id"), kClient},
                {QStringLiteral("device_id"), device}}));
    }
    Http withAccess(const QString &path, const QString &access)
    {
        return post(url(path),
            form({{QStringLiteral("access_token"), access}, {QStringLiteral("client_id"), kClient}}));
    }
};

void TestFakeVkId::formSignInRedirectsWithCode()
{
    Http page = get(authorizeUrl());
    page.url = authorizeUrl();
    QCOMPARE(page.status, 200);
    for (const char *needle : {"id=\"login\"", "id=\"password\"", "id=\"vkid_allow\"", "id=\"vkid_deny\""})
        QVERIFY2(page.text().contains(QLatin1String(needle)), needle);
    const Http wrong = submit(page,
        {{QStringLiteral("login"), QStringLiteral("id@example.com")},
            {QStringLiteral("password"), QStringLiteral("no")},
            {QStringLiteral("action"), QStringLiteral("allow")}});
    QVERIFY(wrong.text().contains(QLatin1String("box_error")));

    const QUrl action = page.url.resolved(QUrl(QStringLiteral("/vkid/login")));
    const QString session = QRegularExpression(QStringLiteral("name=\"session\" value=\"([0-9a-f]+)\""))
                                .match(page.text())
                                .captured(1);
    const Http done = post(action,
        form({{QStringLiteral("session"), session},
            {QStringLiteral("login"), QStringLiteral("id@example.com")},
            {QStringLiteral("password"), kPassword}, {QStringLiteral("action"), QStringLiteral("allow")}}));
    QCOMPARE(done.status, 302);
    const QUrl to = done.location();
    QCOMPARE(to.adjusted(QUrl::RemoveQuery).toString(), kRedirect);
    const QUrlQuery q(to);
    QVERIFY(!q.queryItemValue(QStringLiteral("code")).isEmpty());
    QVERIFY(!q.queryItemValue(QStringLiteral("device_id")).isEmpty());
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("s").repeated(40));
    QCOMPARE(q.queryItemValue(QStringLiteral("type")), QStringLiteral("code_v2"));
    QCOMPARE(q.queryItemValue(QStringLiteral("expires_in")), QStringLiteral("600"));
}

void TestFakeVkId::denyRedirectsWithError()
{
    Http page = get(authorizeUrl());
    const QString session = QRegularExpression(QStringLiteral("name=\"session\" value=\"([0-9a-f]+)\""))
                                .match(page.text())
                                .captured(1);
    const Http denied = post(url(QStringLiteral("/vkid/login")),
        form({{QStringLiteral("session"), session}, {QStringLiteral("action"), QStringLiteral("deny")}}));
    QCOMPARE(denied.status, 302);
    const QUrlQuery q(denied.location());
    QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("s").repeated(40));
    QVERIFY(!q.hasQueryItem(QStringLiteral("code")));
}

void TestFakeVkId::unknownClientAndRedirectRefused()
{
    const Http unknown = get(authorizeUrl(QStringLiteral("999")));
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    const Http foreign = get(authorizeUrl(kClient, QStringLiteral("http://127.0.0.1:1/elsewhere")));
    QCOMPARE(foreign.status, 400);
    QCOMPARE(foreign.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    QVERIFY(!foreign.headers.contains("location"));
}

void TestFakeVkId::codeExchangeChecksPkceAndIsSingleUse()
{
    const QUrlQuery wrongRun = signIn();
    const Http wrong = exchange(wrongRun, QStringLiteral("b").repeated(43));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(exchange(wrongRun).status, 400); // the code was spent by the failed try

    const QUrlQuery redirect = signIn();
    const Http ok = exchange(redirect);
    QCOMPARE(ok.status, 200);
    const QJsonObject json = ok.json();
    for (const char *key :
        {"access_token", "refresh_token", "id_token", "expires_in", "user_id", "scope", "state"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("user_id")).toInteger(), 1001);
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("x"));
    QVERIFY(m_fake->isValidToken(json.value(QStringLiteral("access_token")).toString()));
    QCOMPARE(
        exchange(redirect).json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestFakeVkId::codeExchangeChecksRedirectAndDevice()
{
    QCOMPARE(
        exchange(signIn(), kVerifier, kRedirect + QStringLiteral("/x")).json().value(QStringLiteral("error")),
        QStringLiteral("invalid_grant"));
    QUrlQuery redirect = signIn();
    redirect.removeQueryItem(QStringLiteral("device_id"));
    redirect.addQueryItem(QStringLiteral("device_id"), QStringLiteral("other"));
    QCOMPARE(exchange(redirect).status, 400);
}

void TestFakeVkId::refreshRotatesAndReuseKillsTheFamily()
{
    const auto issued = m_fake->vkid().issue(1001, kClient);
    const Http first = refresh(issued.refreshToken, issued.deviceId);
    QCOMPARE(first.status, 200);
    const QString rotated = first.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(rotated != issued.refreshToken);
    QCOMPARE(m_fake->vkid().refreshCount(), 1);
    QVERIFY(m_fake->vkid().familyAlive(rotated));
    QCOMPARE(refresh(rotated, QStringLiteral("another-device")).status, 400);

    const Http reuse = refresh(issued.refreshToken, issued.deviceId);
    QCOMPARE(reuse.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QVERIFY(!m_fake->vkid().familyAlive(rotated));
    QCOMPARE(refresh(rotated, issued.deviceId).json().value(QStringLiteral("error")).toString(),
        QStringLiteral("invalid_grant"));
    QVERIFY(!m_fake->isValidToken(first.json().value(QStringLiteral("access_token")).toString()));
    QCOMPARE(m_fake->vkid().revokedFamilies(), 1);
}

void TestFakeVkId::shortLifetimes()
{
    m_fake->vkid().setAccessLifetime(1);
    m_fake->vkid().setRefreshLifetime(1);
    const auto issued = m_fake->vkid().issue(1001, kClient);
    QVERIFY(m_fake->isValidToken(issued.accessToken));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fake->isValidToken(issued.accessToken), 3000);
    QCOMPARE(refresh(issued.refreshToken, issued.deviceId).json().value(QStringLiteral("error")).toString(),
        QStringLiteral("invalid_grant"));
}

void TestFakeVkId::userInfoRevokeLogout()
{
    const auto issued = m_fake->vkid().issue(1001, kClient);
    const Http info = withAccess(QStringLiteral("/oauth2/user_info"), issued.accessToken);
    QCOMPARE(info.status, 200);
    const QJsonObject user = info.json().value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("user_id")).toString(), QStringLiteral("1001"));
    QCOMPARE(user.value(QStringLiteral("first_name")).toString(), QStringLiteral("Ivan"));

    const Http logout = withAccess(QStringLiteral("/oauth2/logout"), issued.accessToken);
    QCOMPARE(logout.json().value(QStringLiteral("response")).toInt(), 1);
    QVERIFY(!m_fake->isValidToken(issued.accessToken));
    QVERIFY(m_fake->vkid().familyAlive(issued.refreshToken)); // logout ends the session, not the grant
    QCOMPARE(withAccess(QStringLiteral("/oauth2/user_info"), issued.accessToken).status, 401);

    const auto second = m_fake->vkid().issue(1001, kClient);
    QCOMPARE(withAccess(QStringLiteral("/oauth2/revoke"), second.accessToken)
                 .json()
                 .value(QStringLiteral("response")),
        1);
    QVERIFY(!m_fake->vkid().familyAlive(second.refreshToken));
    QCOMPARE(refresh(second.refreshToken, second.deviceId).status, 400);
}

QTEST_GUILESS_MAIN(TestFakeVkId)
#include "tst_fakevkid.moc"
