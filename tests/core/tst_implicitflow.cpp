// SPDX-License-Identifier: MIT
#include "auth/ImplicitFlow.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace vkauth;

// The non-browser half of the implicit flow: the /authorize URL and reading blank.html's fragment.
class TestImplicitFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authorizeUrlForUser();
    void authorizeUrlForCommunities();
    void authorizeUrlFollowsOverriddenBase();
    void finalRedirect_data();
    void finalRedirect();
    void userToken();
    void communityTokensInRequestedOrder();
    void errors_data();
    void errors();
    void stateMismatchIsRefused();
    void stateRequiredWhenSent_data();
    void stateRequiredWhenSent();
    void noStateSentNoneRequired();
    void newStateIsStrong();
};

namespace {

ImplicitFlowOptions userOptions()
{
    ImplicitFlowOptions o;
    o.app = *AppCredentials::byKey(QStringLiteral("kateMobile"));
    o.scope = 65536 | 4096;
    o.endpoints = Endpoints::forDomain(VkDomain::VkRu);
    return o;
}

ImplicitFlowOptions communityOptions()
{
    ImplicitFlowOptions o = userOptions();
    o.groupIds = {222, 111};
    o.scope = 4096 | 262144;
    return o;
}

QUrlQuery queryOf(const QUrl &url)
{
    return QUrlQuery(url.query(QUrl::FullyEncoded));
}

QString item(const QUrl &url, const QString &key)
{
    return QUrl::fromPercentEncoding(queryOf(url).queryItemValue(key, QUrl::FullyEncoded).toUtf8());
}

} // namespace

void TestImplicitFlow::authorizeUrlForUser()
{
    ImplicitFlowOptions o = userOptions();
    o.state = QStringLiteral("s t&ate");
    const QUrl url = ImplicitFlow::authorizeUrl(o);
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("oauth.vk.ru"));
    QCOMPARE(url.path(), QStringLiteral("/authorize"));
    QCOMPARE(item(url, QStringLiteral("client_id")), QStringLiteral("2685278"));
    QCOMPARE(item(url, QStringLiteral("redirect_uri")), QStringLiteral("https://oauth.vk.ru/blank.html"));
    QCOMPARE(item(url, QStringLiteral("response_type")), QStringLiteral("token"));
    QCOMPARE(item(url, QStringLiteral("display")), QStringLiteral("page"));
    QCOMPARE(item(url, QStringLiteral("v")), QStringLiteral("5.199"));
    QCOMPARE(item(url, QStringLiteral("scope")), QStringLiteral("69632"));
    QCOMPARE(item(url, QStringLiteral("revoke")), QStringLiteral("1"));
    QCOMPARE(item(url, QStringLiteral("state")), QStringLiteral("s t&ate"));
    QVERIFY(!queryOf(url).hasQueryItem(QStringLiteral("group_ids")));
    QVERIFY(!queryOf(url).hasQueryItem(QStringLiteral("client_secret")));
}

void TestImplicitFlow::authorizeUrlForCommunities()
{
    ImplicitFlowOptions o = communityOptions();
    o.revoke = false;
    const QUrl url = ImplicitFlow::authorizeUrl(o);
    QCOMPARE(item(url, QStringLiteral("group_ids")), QStringLiteral("222,111"));
    QCOMPARE(item(url, QStringLiteral("scope")), QStringLiteral("266240"));
    QVERIFY(!queryOf(url).hasQueryItem(QStringLiteral("revoke")));
    QVERIFY(!queryOf(url).hasQueryItem(QStringLiteral("state")));
}

void TestImplicitFlow::authorizeUrlFollowsOverriddenBase()
{
    ImplicitFlowOptions o = userOptions();
    o.endpoints.oauth = QUrl(QStringLiteral("http://127.0.0.1:8123/vk/"));
    const QUrl url = ImplicitFlow::authorizeUrl(o);
    QCOMPARE(url.toString(QUrl::RemoveQuery), QStringLiteral("http://127.0.0.1:8123/vk/authorize"));
    QCOMPARE(
        item(url, QStringLiteral("redirect_uri")), QStringLiteral("http://127.0.0.1:8123/vk/blank.html"));
}

void TestImplicitFlow::finalRedirect_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("final");
    QTest::newRow("vk.ru") << "https://oauth.vk.ru/blank.html#access_token=a" << true;
    QTest::newRow("vk.com") << "https://oauth.vk.com/blank.html#error=access_denied" << true;
    QTest::newRow("override") << "http://127.0.0.1:8123/blank.html#x=1" << true;
    QTest::newRow("override other port") << "http://127.0.0.1:9999/blank.html#x=1" << false;
    QTest::newRow("authorize page") << "https://oauth.vk.ru/authorize?client_id=1" << false;
    QTest::newRow("site host") << "https://vk.ru/blank.html" << false;
    QTest::newRow("lookalike") << "https://oauth.vk.ru.evil.example/blank.html" << false;
}

void TestImplicitFlow::finalRedirect()
{
    QFETCH(QString, url);
    QFETCH(bool, final);
    ImplicitFlowOptions o = userOptions();
    o.endpoints.oauth = QUrl(QStringLiteral("http://127.0.0.1:8123"));
    QCOMPARE(ImplicitFlow::isFinalRedirect(QUrl(url), o), final);
}

void TestImplicitFlow::userToken()
{
    const ImplicitFlowOptions o = userOptions();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const AuthOutcome outcome = ImplicitFlow::parseRedirect(
        QUrl(QStringLiteral("https://oauth.vk.ru/blank.html#access_token=vk1.a.Tok-en_1&expires_in=86400"
                            "&user_id=9007199254740993&email=ivan%40example.org")),
        o);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->details : QString()));
    QCOMPARE(outcome.tokens.size(), 1);
    const ObtainedToken &t = outcome.tokens.first();
    QCOMPARE(t.kind, TokenKind::User);
    QCOMPARE(t.vkId, Q_INT64_C(9007199254740993));
    QCOMPARE(t.token, QStringLiteral("vk1.a.Tok-en_1"));
    QCOMPARE(t.expiresIn, 86400);
    QCOMPARE(t.email, QStringLiteral("ivan@example.org"));
    QCOMPARE(t.scope, o.scope);
    QCOMPARE(t.app.clientId, QStringLiteral("2685278"));
    QVERIFY(t.obtainedAt >= before.addSecs(-1));
    QCOMPARE(t.obtainedAt.timeSpec(), Qt::UTC);
}

void TestImplicitFlow::communityTokensInRequestedOrder()
{
    const ImplicitFlowOptions o = communityOptions();
    const AuthOutcome outcome = ImplicitFlow::parseRedirect(
        QUrl(QStringLiteral("https://oauth.vk.com/blank.html#access_token_111=t111&access_token_222=t222"
                            "&expires_in=0")),
        o);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.tokens.size(), 2);
    QCOMPARE(outcome.tokens[0].vkId, 222);
    QCOMPARE(outcome.tokens[0].token, QStringLiteral("t222"));
    QCOMPARE(outcome.tokens[0].kind, TokenKind::Community);
    QCOMPARE(outcome.tokens[1].vkId, 111);
    QCOMPARE(outcome.tokens[1].token, QStringLiteral("t111"));
    QCOMPARE(outcome.tokens[1].expiresIn, 0);
    QCOMPARE(outcome.tokens[1].scope, o.scope);
}

void TestImplicitFlow::errors_data()
{
    QTest::addColumn<bool>("community");
    QTest::addColumn<QString>("url");
    QTest::addColumn<AuthErrorCode>("code");
    QTest::addColumn<QString>("details");
    QTest::newRow("denied") << false
                            << "https://oauth.vk.ru/blank.html#error=access_denied&error_reason=user_denied"
                               "&error_description=User+denied+your+request"
                            << AuthErrorCode::AccessDenied << "access_denied: User denied your request";
    QTest::newRow("denied in query") << true << "https://oauth.vk.ru/blank.html?error=access_denied"
                                     << AuthErrorCode::AccessDenied << "access_denied";
    QTest::newRow("other error")
        << false << "https://oauth.vk.ru/blank.html#error=invalid_request&error_description=Bad%20scope"
        << AuthErrorCode::AuthorizationFailed << "invalid_request: Bad scope";
    QTest::newRow("no token") << false << "https://oauth.vk.ru/blank.html#user_id=5&expires_in=0"
                              << AuthErrorCode::BadResponse << QString();
    QTest::newRow("bad user id") << false << "https://oauth.vk.ru/blank.html#access_token=a&user_id=x"
                                 << AuthErrorCode::BadResponse << QString();
    QTest::newRow("no community token") << true << "https://oauth.vk.ru/blank.html#access_token=a&user_id=5"
                                        << AuthErrorCode::BadResponse << QString();
    QTest::newRow("not blank.html") << false << "https://oauth.vk.ru/authorize#access_token=a&user_id=5"
                                    << AuthErrorCode::BadResponse << QString();
}

void TestImplicitFlow::errors()
{
    QFETCH(bool, community);
    QFETCH(QString, url);
    QFETCH(AuthErrorCode, code);
    QFETCH(QString, details);
    const AuthOutcome outcome
        = ImplicitFlow::parseRedirect(QUrl(url), community ? communityOptions() : userOptions());
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.tokens.isEmpty());
    QCOMPARE(outcome.error->code, code);
    QVERIFY(!outcome.error->message.isEmpty());
    if (!details.isEmpty())
        QCOMPARE(outcome.error->details, details);
}

void TestImplicitFlow::stateMismatchIsRefused()
{
    ImplicitFlowOptions o = userOptions();
    o.state = QStringLiteral("expected");
    const AuthOutcome outcome = ImplicitFlow::parseRedirect(
        QUrl(QStringLiteral("https://oauth.vk.ru/blank.html#access_token=a&user_id=5&state=other")), o);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, AuthErrorCode::AuthorizationFailed);
}

void TestImplicitFlow::stateRequiredWhenSent_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<bool>("ok");
    QTest::newRow("equal") << QStringLiteral("access_token=a&user_id=5&state=expected") << true;
    QTest::newRow("missing") << QStringLiteral("access_token=a&user_id=5") << false;
    QTest::newRow("empty") << QStringLiteral("access_token=a&user_id=5&state=") << false;
    QTest::newRow("prefix") << QStringLiteral("access_token=a&user_id=5&state=expect") << false;
    QTest::newRow("error without state") << QStringLiteral("error=access_denied") << false;
}

void TestImplicitFlow::stateRequiredWhenSent()
{
    QFETCH(QString, fragment);
    QFETCH(bool, ok);
    ImplicitFlowOptions o = userOptions();
    o.state = QStringLiteral("expected");
    const AuthOutcome outcome
        = ImplicitFlow::parseRedirect(QUrl(QStringLiteral("https://oauth.vk.ru/blank.html#") + fragment), o);
    QCOMPARE(outcome.ok(), ok);
    if (!ok)
        QCOMPARE(outcome.error->code, AuthErrorCode::AuthorizationFailed);
}

void TestImplicitFlow::noStateSentNoneRequired()
{
    ImplicitFlowOptions o = userOptions();
    o.state.clear();
    QVERIFY(ImplicitFlow::parseRedirect(
        QUrl(QStringLiteral("https://oauth.vk.ru/blank.html#access_token=a&user_id=5")), o)
                .ok());
}

void TestImplicitFlow::newStateIsStrong()
{
    QSet<QString> seen;
    static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]+$"));
    for (int i = 0; i < 100; ++i) {
        const QString state = ImplicitFlow::newState();
        QVERIFY2(state.size() >= 32, qPrintable(state));
        QVERIFY(urlSafe.match(state).hasMatch());
        QVERIFY(!seen.contains(state));
        seen.insert(state);
    }
}

QTEST_GUILESS_MAIN(TestImplicitFlow)
#include "tst_implicitflow.moc"
