// SPDX-License-Identifier: MIT
#include "net/Endpoints.h"
#include "net/UrlPolicy.h"

#include <QTest>

using namespace vkauth;

// The one URL policy (issue 13 item 1), as a pure function of the endpoints and the environment.
class TestUrlPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void vkDefaults_data();
    void vkDefaults();
    void overriddenEndpointsOnly_data();
    void overriddenEndpointsOnly();
    void environmentMeansNoVk();
    void extraHosts();
    void refusalNamesTheHost();
};

namespace {
const char *const kVariables[]
    = {"VKAUTH_OAUTH_URL", "VKAUTH_LOGIN_URL", "VKAUTH_SITE_URL", "VKAUTH_API_URL", "VKAUTH_EXTRA_HOSTS"};

Endpoints loopback()
{
    const QUrl base(QStringLiteral("http://127.0.0.1:4567"));
    return Endpoints {base, base, base, base};
}
} // namespace

void TestUrlPolicy::init()
{
    for (const char *variable : kVariables)
        qunsetenv(variable);
}

void TestUrlPolicy::cleanup()
{
    init();
}

void TestUrlPolicy::vkDefaults_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("oauth.vk.ru") << QStringLiteral("https://oauth.vk.ru/token") << true;
    QTest::newRow("vk.com") << QStringLiteral("https://vk.com/login") << true;
    QTest::newRow("m.vk.com") << QStringLiteral("https://m.vk.com/login?act=authcheck") << true;
    QTest::newRow("id.vk.ru") << QStringLiteral("https://id.vk.ru/authorize") << true;
    QTest::newRow("login.vk.ru") << QStringLiteral("https://login.vk.ru/?act=login") << true;
    QTest::newRow("api.vk.com") << QStringLiteral("https://api.vk.com/method/users.get") << true;
    QTest::newRow("upper case") << QStringLiteral("https://OAUTH.VK.RU/token") << true;
    QTest::newRow("trailing dot") << QStringLiteral("https://vk.ru./") << true;
    QTest::newRow("http to VK") << QStringLiteral("http://oauth.vk.ru/token") << false;
    QTest::newRow("other subdomain") << QStringLiteral("https://evil.vk.ru/") << false;
    QTest::newRow("suffix trick") << QStringLiteral("https://vk.ru.evil.example/") << false;
    QTest::newRow("userinfo trick") << QStringLiteral("https://vk.com@evil.example/") << false;
    QTest::newRow("foreign") << QStringLiteral("https://example.org/") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,hi") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://vk.ru/") << false;
    QTest::newRow("loopback https") << QStringLiteral("https://127.0.0.1/") << false;
    QTest::newRow("loopback http") << QStringLiteral("http://localhost:8080/") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestUrlPolicy::vkDefaults()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    for (const VkDomain domain : {VkDomain::VkRu, VkDomain::VkCom}) {
        QString why;
        QCOMPARE(UrlPolicy::fromEndpoints(Endpoints::forDomain(domain)).allows(QUrl(url), &why), allowed);
        QCOMPARE(why.isEmpty(), allowed);
    }
    QCOMPARE(UrlPolicy().allows(QUrl(url)), allowed);
}

void TestUrlPolicy::overriddenEndpointsOnly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("endpoint http") << QStringLiteral("http://127.0.0.1:4567/token") << true;
    QTest::newRow("endpoint other port") << QStringLiteral("http://127.0.0.1:80/") << true;
    QTest::newRow("endpoint https") << QStringLiteral("https://127.0.0.1:4567/") << true;
    QTest::newRow("another loopback host") << QStringLiteral("http://127.0.0.2:4567/") << false;
    QTest::newRow("localhost by name") << QStringLiteral("http://localhost:4567/") << false;
    QTest::newRow("VK itself") << QStringLiteral("https://oauth.vk.ru/token") << false;
    QTest::newRow("m.vk.com") << QStringLiteral("https://m.vk.com/") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
}

void TestUrlPolicy::overriddenEndpointsOnly()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const UrlPolicy policy = UrlPolicy::fromEndpoints(loopback());
    QCOMPARE(policy.allowedHosts(), QStringList {QStringLiteral("127.0.0.1")});
    QCOMPARE(policy.allows(QUrl(url)), allowed);
}

void TestUrlPolicy::environmentMeansNoVk()
{
    // One endpoint overridden: VK's hosts are out, even the three endpoints still at their defaults.
    qputenv("VKAUTH_API_URL", "https://mirror.example.org");
    const UrlPolicy policy = UrlPolicy::fromEnvironment();
    QCOMPARE(policy.allowedHosts(), QStringList {QStringLiteral("mirror.example.org")});
    QVERIFY(policy.allows(QUrl(QStringLiteral("https://mirror.example.org/method/users.get"))));
    QVERIFY(!policy.allows(QUrl(QStringLiteral("http://mirror.example.org/"))));
    QVERIFY(!policy.allows(QUrl(QStringLiteral("https://oauth.vk.ru/token"))));
    QVERIFY(!policy.allowsLoopbackHttp());

    // An override that names VK's own API host is still an override: that host, nothing else.
    qputenv("VKAUTH_API_URL", "https://api.vk.com");
    const UrlPolicy vkOverride = UrlPolicy::fromEnvironment();
    QCOMPARE(vkOverride.allowedHosts(), QStringList {QStringLiteral("api.vk.com")});

    // A remote plain-http endpoint does not open plain http.
    qputenv("VKAUTH_API_URL", "http://remote.example.org");
    QVERIFY(!UrlPolicy::fromEnvironment().allows(QUrl(QStringLiteral("http://remote.example.org/"))));
}

void TestUrlPolicy::extraHosts()
{
    QVERIFY(!UrlPolicy::fromEndpoints(loopback()).allows(QUrl(QStringLiteral("http://127.0.0.2:1/"))));
    qputenv("VKAUTH_EXTRA_HOSTS", "127.0.0.2, M.example.org  localhost");
    const UrlPolicy policy = UrlPolicy::fromEndpoints(loopback());
    QVERIFY(policy.allows(QUrl(QStringLiteral("http://127.0.0.2:1/"))));
    QVERIFY(policy.allows(QUrl(QStringLiteral("https://m.example.org/"))));
    QVERIFY(!policy.allows(QUrl(QStringLiteral("http://m.example.org/")))); // not loopback: https only
    QVERIFY(policy.allows(QUrl(QStringLiteral("http://localhost:9/"))));
    QVERIFY(!policy.allows(QUrl(QStringLiteral("https://vk.ru/"))));
    // Without an override the extra hosts add nothing: they are a test seam, not a user setting.
    QVERIFY(!UrlPolicy::fromEndpoints(Endpoints::forDomain(VkDomain::VkRu))
                 .allows(QUrl(QStringLiteral("https://m.example.org/"))));
}

void TestUrlPolicy::refusalNamesTheHost()
{
    QString why;
    QVERIFY(
        !UrlPolicy().allows(QUrl(QStringLiteral("https://evil.example/steal?access_token=SECRET")), &why));
    QVERIFY2(why.contains(QLatin1String("evil.example")), qPrintable(why));
    QVERIFY2(!why.contains(QLatin1String("SECRET")), qPrintable(why));
    QVERIFY(!UrlPolicy().allows(QUrl(QStringLiteral("file:///etc/passwd")), &why));
    QVERIFY2(why.contains(QLatin1String("file:")), qPrintable(why));
    QVERIFY(!UrlPolicy().allows(QUrl(QStringLiteral("http://oauth.vk.ru/token")), &why));
    QVERIFY2(
        why.contains(QLatin1String("oauth.vk.ru")) && why.contains(QLatin1String("http")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
