// SPDX-License-Identifier: MIT
#include "auth/AuthError.h"
#include "net/Endpoints.h"
#include "net/Redact.h"

#include <QTest>

using namespace vkauth;

class TestEndpoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void domains();
    void environmentOverrides();
    void validation_data();
    void validation();
    void blankPage();
    void redaction();
    void errorNames();
};

void TestEndpoints::domains()
{
    const auto ru = Endpoints::forDomain(VkDomain::VkRu);
    QCOMPARE(ru.oauthUrl(QStringLiteral("/token")), QUrl(QStringLiteral("https://oauth.vk.ru/token")));
    QCOMPARE(ru.apiMethod(QStringLiteral("users.get")),
        QUrl(QStringLiteral("https://api.vk.ru/method/users.get")));
    const auto com = Endpoints::forDomain(VkDomain::VkCom);
    QCOMPARE(com.login, QUrl(QStringLiteral("https://login.vk.com")));
    QCOMPARE(com.site, QUrl(QStringLiteral("https://vk.com")));
}

void TestEndpoints::environmentOverrides()
{
    qputenv("VKAUTH_OAUTH_URL", "http://127.0.0.1:4567/oauth/");
    qputenv("VKAUTH_API_URL", "http://localhost:4567");
    const auto e = Endpoints::fromEnvironment(VkDomain::VkCom);
    qunsetenv("VKAUTH_OAUTH_URL");
    qunsetenv("VKAUTH_API_URL");
    QCOMPARE(e.oauthUrl(QStringLiteral("/token")), QUrl(QStringLiteral("http://127.0.0.1:4567/oauth/token")));
    QCOMPARE(e.apiMethod(QStringLiteral("users.get")),
        QUrl(QStringLiteral("http://localhost:4567/method/users.get")));
    QCOMPARE(e.site, QUrl(QStringLiteral("https://vk.com")));
    QVERIFY(!e.validate().has_value());
}

void TestEndpoints::validation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << QStringLiteral("https://mirror.example.org") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost") << true;
    QTest::newRow("http remote") << QStringLiteral("http://oauth.vk.ru") << false;
    QTest::newRow("http private") << QStringLiteral("http://192.168.1.5") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("garbage") << QStringLiteral("not a url") << false;
}

void TestEndpoints::validation()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    auto e = Endpoints::forDomain(VkDomain::VkRu);
    e.api = QUrl(url);
    const auto problem = e.validate();
    QCOMPARE(!problem.has_value(), ok);
    if (problem)
        QVERIFY2(problem->contains(QStringLiteral("API")), qPrintable(*problem));
}

void TestEndpoints::blankPage()
{
    auto e = Endpoints::forDomain(VkDomain::VkRu);
    e.oauth = QUrl(QStringLiteral("http://127.0.0.1:4567"));
    QVERIFY(e.isBlankPage(QUrl(QStringLiteral("https://oauth.vk.com/blank.html#access_token=x"))));
    QVERIFY(e.isBlankPage(QUrl(QStringLiteral("https://oauth.vk.ru/blank.html#error=access_denied"))));
    QVERIFY(e.isBlankPage(QUrl(QStringLiteral("http://127.0.0.1:4567/blank.html#access_token=x"))));
    QVERIFY(!e.isBlankPage(QUrl(QStringLiteral("http://127.0.0.1:9999/blank.html"))));
    QVERIFY(!e.isBlankPage(QUrl(QStringLiteral("https://evil.example/blank.html"))));
    QVERIFY(!e.isBlankPage(QUrl(QStringLiteral("https://oauth.vk.ru/authorize"))));
}

void TestEndpoints::redaction()
{
    const QUrl url(
        QStringLiteral("https://oauth.vk.ru/token?grant_type=password&username=u&password=hunter2"
                       "&code=123456&captcha_key=abc&client_secret=S3cr#access_token_42=TOK&expires_in=0"));
    const QString r = Redact::url(url);
    for (const char *secret : {"hunter2", "123456", "abc", "S3cr", "TOK"})
        QVERIFY2(!r.contains(QLatin1String(secret)), qPrintable(r));
    QVERIFY2(r.contains(QStringLiteral("username=***")), qPrintable(r)); // logins are hidden too
    QVERIFY(r.contains(QStringLiteral("expires_in=0")));
    const QString body = Redact::form("password=p%40ss&login=me&trusted_hash=th");
    QVERIFY(!body.contains(QStringLiteral("p%40ss")) && !body.contains(QStringLiteral("=th")));
    QVERIFY2(body.contains(QStringLiteral("login=***")), qPrintable(body));
    const QString text
        = Redact::text(QStringLiteral("{\"access_token\": \"vk1.a.zzz\", \"user_id\": 5} password=qwe"));
    QVERIFY2(!text.contains(QStringLiteral("vk1.a.zzz")) && !text.contains(QStringLiteral("qwe")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"user_id\": 5")));
}

void TestEndpoints::errorNames()
{
    for (int i = 0; i <= int(AuthErrorCode::AccessDenied); ++i) {
        const auto code = AuthErrorCode(i);
        bool ok = false;
        QCOMPARE(AuthError::codeFromName(AuthError::codeName(code), &ok), code);
        QVERIFY(ok);
        QVERIFY(!AuthError::describe(code).isEmpty());
    }
    QCOMPARE(AuthError::codeName(AuthErrorCode::WrongOtp), QStringLiteral("WRONG_OTP"));
    bool ok = true;
    AuthError::codeFromName(QStringLiteral("NOPE"), &ok);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
