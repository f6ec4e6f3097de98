// SPDX-License-Identifier: MIT
// The fake's API methods, faults, recording, public domain and account JSON.
// Driven with a bare QNetworkAccessManager (tests/support/FakeVkHttp.h), as in PROTOCOL.md.

#include "FakeVkHttp.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using fakevk::Account;
using fakevk::FakeVk;
using fakevk::Fault;
using namespace testsupport;

class TestFakeVkApi : public QObject, public FakeVkHttp
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startFake()); }
    void cleanup() { stopFake(); }

    void apiMethods_data();
    void apiMethods();
    void faults_data();
    void faults();
    void slowDoesNotBlock();
    void recording();
    void publicDomain();
    void accountJson_data();
    void accountJson();
};

// ---- API ----

void TestFakeVkApi::apiMethods_data()
{
    QTest::addColumn<QString>("tokenKind"); // user, group, revoked, bogus, none
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("errorCode"); // 0: success
    QTest::addColumn<QString>("expected"); // compact JSON of "response", when success

    QTest::newRow("users.get owner")
        << "user"
        << "users.get" << 0
        << R"([{"can_access_closed":true,"first_name":"Ivan","id":50,"is_closed":false,"last_name":"Petrov"}])";
    QTest::newRow("users.get ids")
        << "user"
        << "users.get?user_ids=51,id50" << 0
        << R"([{"can_access_closed":true,"first_name":"Anna","id":51,"is_closed":false,"last_name":"Ivanova"},)"
           R"({"can_access_closed":true,"first_name":"Ivan","id":50,"is_closed":false,"last_name":"Petrov"}])";
    QTest::newRow("users.get unknown id") << "user"
                                          << "users.get?user_ids=999" << 113 << "";
    QTest::newRow("groups.getById group token")
        << "group"
        << "groups.getById" << 0
        << R"({"groups":[{"id":55,"is_closed":0,"name":"Club","photo_100":"PHOTO100","photo_200":"PHOTO200","photo_50":"PHOTO50","screen_name":"club55","type":"group"}],"profiles":[]})";
    QTest::newRow("groups.getById user token")
        << "user"
        << "groups.getById?group_id=55" << 0
        << R"({"groups":[{"admin_level":3,"id":55,"is_admin":1,"is_closed":0,"is_member":1,"name":"Club","photo_100":"PHOTO100","photo_200":"PHOTO200","photo_50":"PHOTO50","screen_name":"club55","type":"group"}],"profiles":[]})";
    QTest::newRow("groups.getById no ids") << "user"
                                           << "groups.getById" << 100 << "";
    QTest::newRow("groups.getTokenPermissions")
        << "group"
        << "groups.getTokenPermissions" << 0
        << R"({"mask":266244,"permissions":[{"name":"photos","setting":4},{"name":"messages","setting":4096},{"name":"manage","setting":262144}],"settings":[{"name":"photos","setting":4},{"name":"messages","setting":4096},{"name":"manage","setting":262144}]})";
    QTest::newRow("groups.getTokenPermissions user") << "user"
                                                     << "groups.getTokenPermissions" << 15 << "";
    QTest::newRow("account.getAppPermissions") << "user"
                                               << "account.getAppPermissions?user_id=50" << 0 << "4198406";
    QTest::newRow("account.getAppPermissions group") << "group"
                                                     << "account.getAppPermissions" << 27 << "";
    QTest::newRow("revoked token") << "revoked"
                                   << "users.get" << 5 << "";
    QTest::newRow("bogus token") << "bogus"
                                 << "users.get" << 5 << "";
    QTest::newRow("expired token") << "expired"
                                   << "users.get" << 5 << "";
    QTest::newRow("no token") << "none"
                              << "users.get" << 5 << "";
    QTest::newRow("unknown method") << "user"
                                    << "wall.post" << 3 << "";
}

void TestFakeVkApi::apiMethods()
{
    QFETCH(QString, tokenKind);
    QFETCH(QString, call);
    QFETCH(int, errorCode);
    QFETCH(QString, expected);
    Account a = account(50, QStringLiteral("api@example.com"));
    a.groups = {{55, QStringLiteral("Club"), QStringLiteral("club55")}};
    m_fake->addAccount(a);
    Account b = account(51, QStringLiteral("anna@example.com"));
    b.firstName = QStringLiteral("Anna");
    b.lastName = QStringLiteral("Ivanova");
    m_fake->addAccount(b);

    QString token;
    if (tokenKind == QLatin1String("user") || tokenKind == QLatin1String("revoked"))
        token = m_fake->issueUserToken(50, 4198406);
    else if (tokenKind == QLatin1String("group"))
        token = m_fake->issueGroupToken(55, 266244);
    else if (tokenKind == QLatin1String("bogus"))
        token = QStringLiteral("vk1.a.bogus");
    if (tokenKind == QLatin1String("revoked"))
        m_fake->revokeToken(token);
    if (tokenKind == QLatin1String("expired")) {
        token = m_fake->issueUserToken(50, 2, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake->isValidToken(token), 3000); // lives one second
    }

    QUrl target = url(QStringLiteral("/method/") + call);
    QUrlQuery q(target);
    q.addQueryItem(QStringLiteral("v"), QStringLiteral("5.199"));
    if (!token.isEmpty())
        q.addQueryItem(QStringLiteral("access_token"), token);
    target.setQuery(q);
    const Http http = get(target);
    QCOMPARE(http.status, 200);
    const QJsonObject o = http.json();
    if (errorCode != 0) {
        const QJsonObject error = o.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("error_code")).toInt(), errorCode);
        QVERIFY(!error.value(QStringLiteral("error_msg")).toString().isEmpty());
        if (errorCode == 5)
            QVERIFY(error.value(QStringLiteral("error_msg"))
                        .toString()
                        .startsWith(QLatin1String("User authorization failed")));
        QVERIFY2(!http.body.contains(token.toUtf8()) || token.isEmpty(), "the token must not be echoed");
        return;
    }
    QString response
        = QString::fromUtf8(QJsonDocument::fromVariant(o.value(QStringLiteral("response")).toVariant())
                                .toJson(QJsonDocument::Compact));
    if (o.value(QStringLiteral("response")).isDouble())
        response = QString::number(o.value(QStringLiteral("response")).toInteger());
    for (const int size : {50, 100, 200})
        response.replace(url(QStringLiteral("/images/community_%1.png").arg(size)).toString(),
            QStringLiteral("PHOTO%1").arg(size));
    QCOMPARE(response, expected);
}

// ---- faults ----

void TestFakeVkApi::faults_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::newRow("slow") << int(Fault::Slow) << 0 << int(QNetworkReply::OperationCanceledError);
    QTest::newRow("drop") << int(Fault::DropConnection) << 0 << int(QNetworkReply::RemoteHostClosedError);
    QTest::newRow("non-json") << int(Fault::NonJson) << 200 << int(QNetworkReply::NoError);
    QTest::newRow("500") << int(Fault::Http500) << 500 << int(QNetworkReply::InternalServerError);
    QTest::newRow("huge") << int(Fault::HugeBody) << 200 << int(QNetworkReply::NoError);
    QTest::newRow("redirect loop") << int(Fault::RedirectLoop) << 302 << int(QNetworkReply::NoError);
}

void TestFakeVkApi::faults()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(int, networkError);
    m_fake->addAccount(account(60, QStringLiteral("f@example.com")));
    m_fake->setFault(QStringLiteral("/token"), Fault(fault));
    m_fake->setFaultDelayMs(2000);
    m_fake->setHugeBodyBytes(3 * 1024 * 1024);

    const QUrl target(url(QStringLiteral("/token?")).toString()
        + tokenQuery(QStringLiteral("f@example.com")).toString(QUrl::FullyEncoded));
    const Http http = request("GET", target, {}, 300);
    QCOMPARE(int(http.error), networkError);
    QCOMPARE(http.status, status);
    switch (Fault(fault)) {
    case Fault::NonJson:
        QVERIFY(QJsonDocument::fromJson(http.body).isNull());
        break;
    case Fault::HugeBody:
        QCOMPARE(http.body.size(), 3 * 1024 * 1024);
        break;
    case Fault::RedirectLoop:
        QCOMPARE(http.location(), target);
        break;
    default:
        break;
    }

    // Only that path is broken; None clears it.
    QVERIFY(get(url(QStringLiteral("/blank.html"))).status == 200);
    m_fake->setFault(QStringLiteral("/token"), Fault::None);
    QVERIFY(
        token(tokenQuery(QStringLiteral("f@example.com"))).json().contains(QStringLiteral("access_token")));
}

void TestFakeVkApi::slowDoesNotBlock()
{
    m_fake->setFault(QStringLiteral("/token"), Fault::Slow);
    m_fake->setFaultDelayMs(600);
    QNetworkReply *slow = m_net->get(QNetworkRequest(url(QStringLiteral("/token?grant_type=password"))));
    QElapsedTimer timer;
    timer.start();
    const Http quick = get(url(QStringLiteral("/blank.html")));
    QCOMPARE(quick.status, 200);
    QVERIFY(timer.elapsed() < 500);
    QSignalSpy done(slow, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QVERIFY(timer.elapsed() >= 550);
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401); // the real answer, late
    delete slow;
}

void TestFakeVkApi::recording()
{
    QSignalSpy received(m_fake.get(), &FakeVk::requestReceived);
    QNetworkRequest req(url(QStringLiteral("/method/users.get?v=5.199")));
    req.setRawHeader("X-Custom-Header", "Value");
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("VKAndroidApp/8.52"));
    QNetworkReply *reply = m_net->post(req, QByteArrayLiteral("a=1"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    delete reply;
    get(url(QStringLiteral("/blank.html")));

    QCOMPARE(received.count(), 2);
    QCOMPARE(received.first().first().toString(), QStringLiteral("/method/users.get"));
    const auto records = m_fake->requests(QStringLiteral("/method/users.get"));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().method, QByteArray("POST"));
    QCOMPARE(records.first().headers.value("x-custom-header"), QByteArray("Value"));
    QCOMPARE(records.first().headers.value("user-agent"), QByteArray("VKAndroidApp/8.52"));
    QCOMPARE(records.first().body, QByteArray("a=1"));
    QCOMPARE(QUrlQuery(records.first().url).queryItemValue(QStringLiteral("v")), QStringLiteral("5.199"));
    QCOMPARE(m_fake->requests().size(), 2);
    m_fake->clear();
    QVERIFY(m_fake->requests().isEmpty());
}

void TestFakeVkApi::publicDomain()
{
    Account a = account(70, QStringLiteral("pub@example.com"));
    a.captchasBeforeLogin = 1;
    m_fake->addAccount(a);
    Account s = account(71, QStringLiteral("pubsec@example.com"));
    s.securityCheck = true;
    m_fake->addAccount(s);
    m_fake->setPublicDomain(QStringLiteral("vk.com"));
    QCOMPARE(m_fake->oauthBase(), QUrl(QStringLiteral("https://oauth.vk.com")));

    QNetworkRequest req(
        QUrl(url(QStringLiteral("/token?")).toString() + tokenQuery(a.login).toString(QUrl::FullyEncoded)));
    req.setRawHeader("Host", "oauth.vk.com"); // any Host is served
    QNetworkReply *reply = m_net->get(req);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    QVERIFY(o.value(QStringLiteral("captcha_img"))
                .toString()
                .startsWith(QLatin1String("https://api.vk.com/captcha.php?sid=")));
    QVERIFY(token(tokenQuery(s.login))
                .json()
                .value(QStringLiteral("redirect_uri"))
                .toString()
                .startsWith(QLatin1String("https://m.vk.com/login?act=verify")));
    const Http entry = get(url(QUrl(m_fake->startVerification(s.userId)).path() + QLatin1Char('?')
        + QUrl(m_fake->startVerification(s.userId)).query()));
    QVERIFY(entry.headers.value("set-cookie").contains("Domain=.vk.com"));
    QVERIFY(entry.headers.value("location").startsWith("https://m.vk.com/login?act=security"));
}

void TestFakeVkApi::accountJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("full") << QByteArray(
        R"({"userId":"9007199254740993","login":"a@b.c","phone":"79991234567","password":"p",
        "twoFactor":"sms","otp":"4242","smsNeedsResend":true,"captchasBeforeLogin":2,"securityCheck":true,
        "groups":[{"id":5,"name":"G"}]})")
                          << true;
    QTest::newRow("minimal") << QByteArray(R"({"userId":1})") << true;
    QTest::newRow("typo") << QByteArray(R"({"userId":1,"pasword":"x"})") << false;
    QTest::newRow("no id") << QByteArray(R"({"login":"x"})") << false;
    QTest::newRow("bad 2fa") << QByteArray(R"({"userId":1,"twoFactor":"fax"})") << false;
}

void TestFakeVkApi::accountJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QString error;
    const auto a = FakeVk::accountFromJson(QJsonDocument::fromJson(json).object(), &error);
    QCOMPARE(a.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (QTest::currentDataTag() == QByteArray("full")) {
        QCOMPARE(a->userId, Q_INT64_C(9007199254740993));
        QCOMPARE(a->twoFactor, Account::TwoFactor::Sms);
        QCOMPARE(a->otp, QStringLiteral("4242"));
        QCOMPARE(a->captchasBeforeLogin, 2);
        QCOMPARE(a->groups.size(), 1);
        QCOMPARE(a->groups.first().screenName, QStringLiteral("club5"));
        QVERIFY(a->smsNeedsResend && a->securityCheck && !a->blocked);
    }
}

QTEST_GUILESS_MAIN(TestFakeVkApi)
#include "tst_fakevkapi.moc"
