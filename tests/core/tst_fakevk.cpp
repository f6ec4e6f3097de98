// The loopback fake of VK, driven with a bare QNetworkAccessManager: every behaviour other tests
// build on (PROTOCOL.md's replies, pages, cookies, faults, recording).

#include "FakeVk.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using fakevk::Account;
using fakevk::FakeVk;
using fakevk::Fault;

namespace {

const QString kAndroidId = QStringLiteral("2274003");
const QString kAndroidSecret = QStringLiteral("hHbZxrka2uZ6jB1inYsH");
const QString kPassword = QStringLiteral("pa ss+&=word");

struct Http
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QUrl url; // the last URL (after following redirects)
    QHash<QByteArray, QByteArray> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString text() const { return QString::fromUtf8(body); }
    QUrl location() const { return url.resolved(QUrl::fromEncoded(headers.value("location"))); }
};

Account account(qint64 id, const QString &login)
{
    Account a;
    a.userId = id;
    a.login = login;
    a.phone = QStringLiteral("79991234567");
    a.password = kPassword;
    a.email = login;
    return a;
}

QString unescape(QString html)
{
    return html.replace(QLatin1String("&amp;"), QLatin1String("&"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""));
}

} // namespace

class TestFakeVk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void passwordGrant_data();
    void passwordGrant();
    void successShape_data();
    void successShape();
    void captcha();
    void notRobotCaptcha();
    void twoFactor_data();
    void twoFactor();
    void trustedHashSkipsTwoFactor();
    void forceSms();
    void smsNeedsResend();
    void verification_data();
    void verification();
    void verificationWrongAnswersStay_data();
    void verificationWrongAnswersStay();
    void verificationNeedsItsCookie();
    void verificationWithoutSteps();
    void accountEditsApplyAtOnce();
    void implicitFlow_data();
    void implicitFlow();
    void implicitWrongPassword();
    void implicitTwoFactor();
    void implicitLoginForm2025();
    void apiMethods_data();
    void apiMethods();
    void faults_data();
    void faults();
    void slowDoesNotBlock();
    void recording();
    void publicDomain();
    void accountJson_data();
    void accountJson();

private:
    Http request(const QByteArray &verb, const QUrl &url, const QByteArray &form = {}, int timeoutMs = 0);
    Http get(const QUrl &url) { return request("GET", url); }
    Http post(const QUrl &url, const QUrlQuery &form)
    {
        return request("POST", url, form.toString(QUrl::FullyEncoded).toUtf8());
    }
    Http follow(Http http); // follows 3xx with GET, like a browser
    Http submit(const Http &page, const QList<QPair<QString, QString>> &fields); // posts the page's form
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_fake->baseUrl().toString() + pathAndQuery); }
    QUrlQuery tokenQuery(const QString &login, const QString &password = kPassword,
        const QString &scope = QStringLiteral("65536")) const;
    Http token(const QUrlQuery &query)
    {
        return get(QUrl(url(QStringLiteral("/token?")).toString() + query.toString(QUrl::FullyEncoded)));
    }

    std::unique_ptr<FakeVk> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_net;
};

void TestFakeVk::init()
{
    m_fake = std::make_unique<FakeVk>();
    QVERIFY(m_fake->start());
    m_net = std::make_unique<QNetworkAccessManager>();
    m_net->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_net->setCookieJar(new QNetworkCookieJar(m_net.get()));
}

void TestFakeVk::cleanup()
{
    m_net.reset();
    m_fake.reset();
}

Http TestFakeVk::request(const QByteArray &verb, const QUrl &target, const QByteArray &form, int timeoutMs)
{
    QNetworkRequest req(target);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("tst_fakevk/1"));
    if (timeoutMs > 0)
        req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nullptr;
    if (verb == "POST") {
        req.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_net->post(req, form);
    } else {
        reply = m_net->get(req);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Http http;
    http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    http.error = reply->error();
    if (reply->isOpen())
        http.body = reply->readAll();
    http.url = target;
    for (const auto &header : reply->rawHeaderPairs())
        http.headers.insert(header.first.toLower(), header.second);
    reply->deleteLater();
    return http;
}

Http TestFakeVk::follow(Http http)
{
    for (int hops = 0; hops < 10 && http.status >= 301 && http.status <= 303; ++hops) {
        const QUrl next = http.location();
        http = get(next);
        http.url = next;
    }
    return http;
}

Http TestFakeVk::submit(const Http &page, const QList<QPair<QString, QString>> &fields)
{
    const auto form
        = QRegularExpression(QStringLiteral("<form method=\"post\" action=\"([^\"]+)\"")).match(page.text());
    if (!form.hasMatch())
        return {};
    QUrlQuery body;
    auto hidden
        = QRegularExpression(QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"))
              .globalMatch(page.text());
    while (hidden.hasNext()) {
        const auto m = hidden.next();
        body.addQueryItem(
            m.captured(1), QString::fromLatin1(QUrl::toPercentEncoding(unescape(m.captured(2)))));
    }
    for (const auto &field : fields)
        body.addQueryItem(field.first, QString::fromLatin1(QUrl::toPercentEncoding(field.second)));
    const QUrl action = page.url.resolved(QUrl(unescape(form.captured(1))));
    Http http = post(action, body);
    http.url = action;
    return follow(http);
}

QUrlQuery TestFakeVk::tokenQuery(const QString &login, const QString &password, const QString &scope) const
{
    QUrlQuery q;
    for (const auto &[k, v] :
        QList<QPair<QString, QString>> {{QStringLiteral("grant_type"), QStringLiteral("password")},
            {QStringLiteral("client_id"), kAndroidId}, {QStringLiteral("client_secret"), kAndroidSecret},
            {QStringLiteral("username"), login}, {QStringLiteral("password"), password},
            {QStringLiteral("scope"), scope}, {QStringLiteral("v"), QStringLiteral("5.199")},
            {QStringLiteral("2fa_supported"), QStringLiteral("1")}})
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return q;
}

// ---- /token ----

void TestFakeVk::passwordGrant_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("asPost");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("mustHave"); // a key the reply must carry

    const QString plain = QStringLiteral("plain@example.com");
    QTest::newRow("success GET") << plain << kPassword << kAndroidId << kAndroidSecret << false << 200 << ""
                                 << ""
                                 << "access_token";
    QTest::newRow("success POST form")
        << plain << kPassword << kAndroidId << kAndroidSecret << true << 200 << ""
        << ""
        << "access_token";
    QTest::newRow("phone as login") << "+79991234567" << kPassword << kAndroidId << kAndroidSecret << false
                                    << 200 << ""
                                    << ""
                                    << "user_id";
    QTest::newRow("login case-insensitive")
        << "PLAIN@example.com" << kPassword << kAndroidId << kAndroidSecret << false << 200 << ""
        << ""
        << "user_id";
    QTest::newRow("allowed custom client") << plain << kPassword << "777"
                                           << "sev" << false << 200 << ""
                                           << ""
                                           << "access_token";
    QTest::newRow("wrong password") << plain << "nope" << kAndroidId << kAndroidSecret << false << 401
                                    << "invalid_client"
                                    << "username_or_password_is_incorrect"
                                    << "error_description";
    QTest::newRow("unknown login") << "who@example.com" << kPassword << kAndroidId << kAndroidSecret << true
                                   << 401 << "invalid_client"
                                   << "username_or_password_is_incorrect"
                                   << "error_description";
    QTest::newRow("unknown client") << plain << kPassword << "12345"
                                    << "x" << false << 401 << "invalid_client"
                                    << ""
                                    << "error_description";
    QTest::newRow("wrong secret") << plain << kPassword << kAndroidId << "x" << false << 401
                                  << "invalid_client"
                                  << ""
                                  << "error_description";
    QTest::newRow("too much tries") << "tries@example.com" << kPassword << kAndroidId << kAndroidSecret
                                    << false << 400 << "invalid_request"
                                    << "too_much_tries"
                                    << "error_description";
    QTest::newRow("blocked") << "blocked@example.com" << kPassword << kAndroidId << kAndroidSecret << false
                             << 401 << "need_validation"
                             << ""
                             << "ban_info";
    QTest::newRow("security check") << "sec@example.com" << kPassword << kAndroidId << kAndroidSecret << false
                                    << 401 << "need_validation"
                                    << ""
                                    << "redirect_uri";
}

void TestFakeVk::passwordGrant()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(bool, asPost);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, errorType);
    QFETCH(QString, mustHave);

    m_fake->addAccount(account(1, QStringLiteral("plain@example.com")));
    Account tries = account(2, QStringLiteral("tries@example.com"));
    tries.phone.clear();
    tries.tooMuchTries = true;
    m_fake->addAccount(tries);
    Account blocked = account(3, QStringLiteral("blocked@example.com"));
    blocked.phone.clear();
    blocked.blocked = true;
    m_fake->addAccount(blocked);
    Account sec = account(4, QStringLiteral("sec@example.com"));
    sec.phone = QStringLiteral("79990000000");
    sec.securityCheck = true;
    m_fake->addAccount(sec);
    m_fake->allowClient(QStringLiteral("777"), QStringLiteral("sev"));

    QUrlQuery q = tokenQuery(login, password);
    q.removeAllQueryItems(QStringLiteral("client_id"));
    q.removeAllQueryItems(QStringLiteral("client_secret"));
    q.addQueryItem(QStringLiteral("client_id"), clientId);
    q.addQueryItem(QStringLiteral("client_secret"), secret);
    const Http http = asPost ? post(url(QStringLiteral("/token")), q) : token(q);

    QCOMPARE(http.status, status);
    QVERIFY(http.headers.value("content-type").startsWith("application/json"));
    const QJsonObject o = http.json();
    QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
    QCOMPARE(o.value(QStringLiteral("error_type")).toString(), errorType);
    QVERIFY2(o.contains(mustHave), http.body.constData());
    if (error == QLatin1String("need_validation"))
        QVERIFY(!o.contains(QStringLiteral("validation_type")));
    if (o.contains(QStringLiteral("access_token")))
        QVERIFY(m_fake->isValidToken(o.value(QStringLiteral("access_token")).toString()));
    QCOMPARE(m_fake->requests(QStringLiteral("/token")).first().method,
        asPost ? QByteArray("POST") : QByteArray("GET"));
}

void TestFakeVk::successShape_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<bool>("hasEmail");
    QTest::newRow("no offline") << "4" << qint64(86400) << false;
    QTest::newRow("offline") << "65536" << qint64(0) << false;
    QTest::newRow("offline + email") << QString::number(65536 + 4194304) << qint64(0) << true;
    QTest::newRow("names") << "friends,email" << qint64(86400) << true;
}

void TestFakeVk::successShape()
{
    QFETCH(QString, scope);
    QFETCH(qint64, expiresIn);
    QFETCH(bool, hasEmail);
    Account a
        = account(Q_INT64_C(9007199254740993), QStringLiteral("big@example.com")); // beyond double precision
    m_fake->addAccount(a);
    const Http http = token(tokenQuery(a.login, kPassword, scope));
    QCOMPARE(http.status, 200);
    const QJsonObject o = http.json();
    QCOMPARE(o.value(QStringLiteral("expires_in")).toInteger(), expiresIn);
    QCOMPARE(o.value(QStringLiteral("user_id")).toInteger(), a.userId);
    QVERIFY(http.body.contains("9007199254740993"));
    QCOMPARE(o.contains(QStringLiteral("email")), hasEmail);
    QVERIFY(!o.contains(QStringLiteral("trusted_hash")));
    QVERIFY(o.value(QStringLiteral("access_token")).toString().startsWith(QLatin1String("vk1.a.")));
}

void TestFakeVk::captcha()
{
    Account a = account(10, QStringLiteral("cap@example.com"));
    a.captchasBeforeLogin = 1;
    m_fake->addAccount(a);
    m_fake->setCaptchaKey(QStringLiteral("k3y9"));

    Http http = token(tokenQuery(a.login, QStringLiteral("even-a-wrong-password")));
    QCOMPARE(http.json().value(QStringLiteral("error")).toString(), QStringLiteral("need_captcha"));
    const QString sid = http.json().value(QStringLiteral("captcha_sid")).toString();
    QVERIFY(!sid.isEmpty());
    QVERIFY(!http.json().contains(QStringLiteral("redirect_uri")));
    const QUrl img(http.json().value(QStringLiteral("captcha_img")).toString());
    QVERIFY(img.isValid() && !img.isRelative());

    const Http png = get(img);
    QCOMPARE(png.status, 200);
    QCOMPARE(png.headers.value("content-type"), QByteArray("image/png"));
    QVERIFY(png.body.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(png.body, m_fake->captchaImage());

    QUrlQuery wrong = tokenQuery(a.login);
    wrong.addQueryItem(QStringLiteral("captcha_sid"), sid);
    wrong.addQueryItem(QStringLiteral("captcha_key"), QStringLiteral("nope"));
    http = token(wrong);
    QCOMPARE(http.json().value(QStringLiteral("error")).toString(), QStringLiteral("need_captcha"));
    const QString sid2 = http.json().value(QStringLiteral("captcha_sid")).toString();
    QVERIFY(sid2 != sid);

    QUrlQuery stale = tokenQuery(a.login); // the right key with a used sid
    stale.addQueryItem(QStringLiteral("captcha_sid"), sid);
    stale.addQueryItem(QStringLiteral("captcha_key"), QStringLiteral("k3y9"));
    http = token(stale);
    QCOMPARE(http.json().value(QStringLiteral("error")).toString(), QStringLiteral("need_captcha"));

    QUrlQuery right = tokenQuery(a.login);
    right.addQueryItem(
        QStringLiteral("captcha_sid"), http.json().value(QStringLiteral("captcha_sid")).toString());
    right.addQueryItem(QStringLiteral("captcha_key"), QStringLiteral("k3y9"));
    http = token(right);
    QVERIFY2(http.json().contains(QStringLiteral("access_token")), http.body.constData());
}

void TestFakeVk::notRobotCaptcha()
{
    // The older page that navigates to a URL with the token; VK's widget page (the fake's default,
    // FakeVkNotRobot.cpp) is run in a real web view by tst_notrobotcaptcha.
    qputenv("FAKEVK_NOT_ROBOT_DELIVERY", "url");
    const auto restore = qScopeGuard([] { qunsetenv("FAKEVK_NOT_ROBOT_DELIVERY"); });
    Account a = account(11, QStringLiteral("robot@example.com"));
    a.captchasBeforeLogin = 1;
    a.notRobotCaptcha = true;
    m_fake->addAccount(a);

    Http http = token(tokenQuery(a.login));
    const QString sid = http.json().value(QStringLiteral("captcha_sid")).toString();
    const QUrl check(http.json().value(QStringLiteral("redirect_uri")).toString());
    QVERIFY2(check.path() == QLatin1String("/not_robot_captcha"), http.body.constData());

    QUrlQuery withKey = tokenQuery(a.login); // the image answer alone does not pass
    withKey.addQueryItem(QStringLiteral("captcha_sid"), sid);
    withKey.addQueryItem(QStringLiteral("captcha_key"), m_fake->captchaKey());
    QCOMPARE(token(withKey).json().value(QStringLiteral("error")).toString(), QStringLiteral("need_captcha"));

    Http page = get(check);
    page.url = check;
    QVERIFY(page.text().contains(QLatin1String("id=\"not_robot\"")));
    QVERIFY(page.text().contains(QLatin1String("id=\"not_robot_submit\"")));
    Http unticked = submit(page, {});
    QVERIFY(unticked.text().contains(QLatin1String("id=\"not_robot\"")));
    Http done = submit(page, {{QStringLiteral("not_robot"), QStringLiteral("1")}});
    const QString successToken = QUrlQuery(done.url).queryItemValue(QStringLiteral("success_token"));
    QCOMPARE(successToken, m_fake->notRobotSuccessToken());
    QVERIFY(done.text().contains(successToken));

    QUrlQuery solved = tokenQuery(a.login);
    solved.addQueryItem(QStringLiteral("success_token"), successToken);
    QVERIFY(token(solved).json().contains(QStringLiteral("access_token")));
}

void TestFakeVk::twoFactor_data()
{
    QTest::addColumn<bool>("sms");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("errorType"); // empty: success
    QTest::newRow("app right") << false << "123456"
                               << "";
    QTest::newRow("sms right") << true << "123456"
                               << "";
    QTest::newRow("wrong") << false << "654321"
                           << "wrong_otp";
    QTest::newRow("letters") << false << "12a456"
                             << "otp_format_is_incorrect";
    QTest::newRow("too short") << false << "12345"
                               << "otp_format_is_incorrect";
    QTest::newRow("too long") << true << "1234567"
                              << "otp_format_is_incorrect";
}

void TestFakeVk::twoFactor()
{
    QFETCH(bool, sms);
    QFETCH(QString, code);
    QFETCH(QString, errorType);
    Account a = account(20, QStringLiteral("tfa@example.com"));
    a.twoFactor = sms ? Account::TwoFactor::Sms : Account::TwoFactor::App;
    m_fake->addAccount(a);

    Http http = token(tokenQuery(a.login));
    QCOMPARE(http.status, 401);
    const QJsonObject v = http.json();
    QCOMPARE(v.value(QStringLiteral("error")).toString(), QStringLiteral("need_validation"));
    QCOMPARE(v.value(QStringLiteral("validation_type")).toString(),
        sms ? QStringLiteral("2fa_sms") : QStringLiteral("2fa_app"));
    QVERIFY(!v.value(QStringLiteral("validation_sid")).toString().isEmpty());
    QCOMPARE(v.value(QStringLiteral("phone_mask")).toString(), QStringLiteral("+7 *** *** ** 67"));
    QVERIFY(QUrl(v.value(QStringLiteral("redirect_uri")).toString()).isValid());
    QVERIFY(!v.contains(QStringLiteral("validation_resend")));

    QUrlQuery retry = tokenQuery(a.login);
    retry.addQueryItem(QStringLiteral("code"), code);
    http = token(retry);
    if (errorType.isEmpty()) {
        QCOMPARE(http.status, 200);
        QVERIFY(!http.json().value(QStringLiteral("trusted_hash")).toString().isEmpty());
    } else {
        QCOMPARE(http.status, 400);
        QCOMPARE(http.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
        QCOMPARE(http.json().value(QStringLiteral("error_type")).toString(), errorType);
    }
}

void TestFakeVk::trustedHashSkipsTwoFactor()
{
    Account a = account(21, QStringLiteral("trust@example.com"));
    a.twoFactor = Account::TwoFactor::App;
    m_fake->addAccount(a);
    QUrlQuery withCode = tokenQuery(a.login);
    withCode.addQueryItem(QStringLiteral("code"), a.otp);
    const QString hash = token(withCode).json().value(QStringLiteral("trusted_hash")).toString();
    QVERIFY(!hash.isEmpty());

    QUrlQuery wrongHash = tokenQuery(a.login);
    wrongHash.addQueryItem(QStringLiteral("trusted_hash"), QStringLiteral("nope"));
    QCOMPARE(
        token(wrongHash).json().value(QStringLiteral("error")).toString(), QStringLiteral("need_validation"));

    QUrlQuery trusted = tokenQuery(a.login);
    trusted.addQueryItem(QStringLiteral("trusted_hash"), hash);
    QVERIFY(token(trusted).json().contains(QStringLiteral("access_token")));
}

void TestFakeVk::forceSms()
{
    Account a = account(22, QStringLiteral("force@example.com"));
    a.twoFactor = Account::TwoFactor::App;
    m_fake->addAccount(a);
    QUrlQuery q = tokenQuery(a.login);
    q.addQueryItem(QStringLiteral("force_sms"), QStringLiteral("1"));
    QCOMPARE(token(q).json().value(QStringLiteral("validation_type")).toString(), QStringLiteral("2fa_sms"));
}

void TestFakeVk::smsNeedsResend()
{
    Account a = account(23, QStringLiteral("resend@example.com"));
    a.twoFactor = Account::TwoFactor::Sms;
    a.smsNeedsResend = true;
    a.smsDelaySeconds = 42;
    m_fake->addAccount(a);
    const QJsonObject v = token(tokenQuery(a.login)).json();
    QCOMPARE(v.value(QStringLiteral("validation_resend")).toString(), QStringLiteral("sms"));
    const QString sid = v.value(QStringLiteral("validation_sid")).toString();

    QUrlQuery early = tokenQuery(a.login);
    early.addQueryItem(QStringLiteral("code"), a.otp);
    QCOMPARE(token(early).json().value(QStringLiteral("error_type")).toString(), QStringLiteral("wrong_otp"));

    QCOMPARE(get(url(QStringLiteral("/method/auth.validatePhone?sid=unknown&v=5.199")))
                 .json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("error_code"))
                 .toInt(),
        100);
    const Http sent = get(url(QStringLiteral("/method/auth.validatePhone?sid=%1&v=5.199").arg(sid)));
    const QJsonObject r = sent.json().value(QStringLiteral("response")).toObject();
    QCOMPARE(r.value(QStringLiteral("sid")).toString(), sid);
    QCOMPARE(r.value(QStringLiteral("delay")).toInt(), 42);
    QCOMPARE(r.value(QStringLiteral("validation_type")).toString(), QStringLiteral("sms"));
    QCOMPARE(r.value(QStringLiteral("code_length")).toInt(), 6);

    QVERIFY(token(early).json().contains(QStringLiteral("access_token")));
}

// ---- verification pages ----

void TestFakeVk::verification_data()
{
    QTest::addColumn<bool>("captchaStep");
    QTest::addColumn<bool>("validateStep");
    QTest::addColumn<bool>("securityStep");
    QTest::addColumn<bool>("authcheckStep");
    QTest::addColumn<QStringList>("acts"); // the pages seen, in order
    QTest::newRow("security") << false << false << true << false
                              << QStringList {QStringLiteral("security_check")};
    QTest::newRow("authcheck") << false << false << false << true
                               << QStringList {QStringLiteral("authcheck")};
    QTest::newRow("captcha") << true << false << false << false << QStringList {QStringLiteral("captcha")};
    QTest::newRow("validate") << false << true << false << false << QStringList {QStringLiteral("validate")};
    QTest::newRow("all") << true << true << true << true
                         << QStringList {QStringLiteral("captcha"), QStringLiteral("validate"),
                                QStringLiteral("security_check"), QStringLiteral("authcheck")};
}

void TestFakeVk::verification()
{
    QFETCH(bool, captchaStep);
    QFETCH(bool, validateStep);
    QFETCH(bool, securityStep);
    QFETCH(bool, authcheckStep);
    QFETCH(QStringList, acts);
    Account a = account(30, QStringLiteral("verify@example.com"));
    a.captchaOnVerification = captchaStep;
    a.validateOnVerification = validateStep;
    a.securityCheck = securityStep;
    a.authcheckOnVerification = authcheckStep;
    m_fake->addAccount(a);

    const Http first = token(tokenQuery(a.login));
    QCOMPARE(first.json().value(QStringLiteral("error")).toString(), QStringLiteral("need_validation"));
    const QUrl redirect(first.json().value(QStringLiteral("redirect_uri")).toString());
    Http entry = get(redirect);
    entry.url = redirect;
    QCOMPARE(entry.status, 302);
    QVERIFY(entry.headers.value("set-cookie").startsWith("remixvsid="));
    Http page = follow(entry);

    QStringList seen;
    for (int i = 0; i < 6 && !page.url.path().endsWith(QLatin1String("/blank.html")); ++i) {
        const QString act = QUrlQuery(page.url).queryItemValue(QStringLiteral("act"));
        seen << act;
        if (act == QLatin1String("security_check")) {
            const auto prefixes = QRegularExpression(QStringLiteral("class=\"field_prefix\">([^<]*)<"))
                                      .globalMatch(page.text());
            QStringList parts;
            for (auto it = prefixes; it.hasNext();)
                parts << it.next().captured(1);
            QCOMPARE(parts, (QStringList {QStringLiteral("+7"), QStringLiteral("67")}));
            page = submit(page, {{QStringLiteral("code"), QStringLiteral("99912345")}});
        } else if (act == QLatin1String("authcheck")) {
            page = submit(page, {{QStringLiteral("code"), a.otp}});
        } else if (act == QLatin1String("captcha")) {
            QVERIFY(page.text().contains(QLatin1String("class=\"captcha_img\"")));
            page = submit(page, {{QStringLiteral("captcha_key"), m_fake->captchaKey()}});
        } else if (act == QLatin1String("validate")) {
            const auto link
                = QRegularExpression(QStringLiteral("<div id=\"activation_wrap\">.*<a href=\"([^\"]+)\""))
                      .match(page.text());
            QVERIFY(link.hasMatch());
            const QUrl next = page.url.resolved(QUrl(unescape(link.captured(1))));
            page = get(next);
            page.url = next;
            page = follow(page);
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected page %1").arg(page.url.toString())));
        }
    }
    QCOMPARE(seen, acts);
    QVERIFY2(page.url.path() == QLatin1String("/blank.html"), qPrintable(page.url.toString()));
    const QUrlQuery fragment(page.url.fragment());
    QCOMPARE(fragment.queryItemValue(QStringLiteral("user_id")), QStringLiteral("30"));
    QVERIFY(m_fake->isValidToken(fragment.queryItemValue(QStringLiteral("access_token"))));
    QVERIFY(token(tokenQuery(a.login)).json().contains(QStringLiteral("access_token"))); // verified now
}

void TestFakeVk::verificationWrongAnswersStay_data()
{
    QTest::addColumn<QString>("act");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("answer");
    QTest::newRow("security wrong number") << "security_check"
                                           << "code"
                                           << "99900000";
    QTest::newRow("authcheck wrong code") << "authcheck"
                                          << "code"
                                          << "000000";
    QTest::newRow("captcha wrong key") << "captcha"
                                       << "captcha_key"
                                       << "nope";
}

void TestFakeVk::verificationWrongAnswersStay()
{
    QFETCH(QString, act);
    QFETCH(QString, field);
    QFETCH(QString, answer);
    Account a = account(31, QStringLiteral("stay@example.com"));
    a.securityCheck = act == QLatin1String("security_check");
    a.authcheckOnVerification = act == QLatin1String("authcheck");
    a.captchaOnVerification = act == QLatin1String("captcha");
    m_fake->addAccount(a);
    Http entry = get(m_fake->startVerification(a.userId, 65536));
    entry.url = m_fake->requests().last().url;
    const Http page = follow(entry);
    QCOMPARE(QUrlQuery(page.url).queryItemValue(QStringLiteral("act")), act);
    const Http again = submit(page, {{field, answer}});
    QCOMPARE(QUrlQuery(again.url).queryItemValue(QStringLiteral("act")), act);
    QVERIFY(again.text().contains(QLatin1String("service_msg_warning")));
}

void TestFakeVk::verificationNeedsItsCookie()
{
    Account a = account(32, QStringLiteral("cookie@example.com"));
    a.securityCheck = true;
    m_fake->addAccount(a);
    const QUrl start = m_fake->startVerification(a.userId);
    Http entry = get(start);
    entry.url = start;
    const Http page = follow(entry);
    QCOMPARE(QUrlQuery(page.url).queryItemValue(QStringLiteral("act")), QStringLiteral("security_check"));

    m_net->setCookieJar(new QNetworkCookieJar(m_net.get())); // a different browser
    Http stranger = get(page.url);
    stranger.url = page.url;
    const Http end = follow(stranger);
    QCOMPARE(end.url.path(), QStringLiteral("/blank.html"));
    QCOMPARE(QUrlQuery(end.url.fragment()).queryItemValue(QStringLiteral("error")),
        QStringLiteral("invalid_session"));

    Account b = account(33, QStringLiteral("blocked@example.com"));
    b.blocked = true;
    m_fake->addAccount(b);
    Http blocked = get(m_fake->startVerification(b.userId));
    blocked.url = m_fake->requests().last().url;
    const Http blockedPage = follow(blocked);
    QCOMPARE(QUrlQuery(blockedPage.url).queryItemValue(QStringLiteral("act")), QStringLiteral("blocked"));
    QVERIFY(!blockedPage.text().contains(QLatin1String("<form")));
}

void TestFakeVk::verificationWithoutSteps()
{
    m_fake->addAccount(account(34, QStringLiteral("none@example.com")));
    const QUrl start = m_fake->startVerification(34, 65536);
    QVERIFY(m_fake->startVerification(999).isEmpty());
    Http entry = get(start);
    entry.url = start;
    QCOMPARE(entry.status, 302);
    QVERIFY(entry.headers.value("set-cookie").startsWith("remixvsid="));
    const QUrl end = entry.location();
    QCOMPARE(end.path(), QStringLiteral("/blank.html"));
    const QUrlQuery fragment(end.fragment());
    QCOMPARE(fragment.queryItemValue(QStringLiteral("expires_in")), QStringLiteral("0"));
    QVERIFY(m_fake->isValidToken(fragment.queryItemValue(QStringLiteral("access_token"))));

    const QUrl noToken = m_fake->startVerification(34, 0, false);
    QCOMPARE(get(noToken).location().fragment(), QStringLiteral("success=1&user_id=34"));
}

void TestFakeVk::accountEditsApplyAtOnce()
{
    m_fake->addAccount(account(35, QStringLiteral("edit@example.com")));
    QVERIFY(token(tokenQuery(QStringLiteral("edit@example.com")))
                .json()
                .contains(QStringLiteral("access_token")));
    m_fake->account(35)->captchasBeforeLogin = 1;
    QCOMPARE(token(tokenQuery(QStringLiteral("edit@example.com")))
                 .json()
                 .value(QStringLiteral("error"))
                 .toString(),
        QStringLiteral("need_captcha"));
    m_fake->account(35)->captchasBeforeLogin = 0;
    m_fake->account(35)->twoFactor = Account::TwoFactor::App;
    QCOMPARE(token(tokenQuery(QStringLiteral("edit@example.com")))
                 .json()
                 .value(QStringLiteral("validation_type"))
                 .toString(),
        QStringLiteral("2fa_app"));
}

// ---- implicit flow ----

void TestFakeVk::implicitFlow_data()
{
    QTest::addColumn<QString>("groupIds");
    QTest::addColumn<bool>("deny");
    QTest::addColumn<QStringList>("fragmentKeys");
    QTest::newRow("user allow") << "" << false
                                << QStringList {QStringLiteral("access_token"), QStringLiteral("expires_in"),
                                       QStringLiteral("user_id"), QStringLiteral("email"),
                                       QStringLiteral("state")};
    QTest::newRow("user deny") << "" << true
                               << QStringList {QStringLiteral("error"), QStringLiteral("error_reason"),
                                      QStringLiteral("error_description"), QStringLiteral("state")};
    QTest::newRow("groups allow") << "55,-66,77" << false
                                  << QStringList {QStringLiteral("access_token_55"),
                                         QStringLiteral("access_token_66"), QStringLiteral("expires_in"),
                                         QStringLiteral("state")};
}

void TestFakeVk::implicitFlow()
{
    QFETCH(QString, groupIds);
    QFETCH(bool, deny);
    QFETCH(QStringList, fragmentKeys);
    Account a = account(40, QStringLiteral("web@example.com"));
    a.groups = {{55, QStringLiteral("Club"), QStringLiteral("club55")},
        {66, QStringLiteral("Other"), QStringLiteral("other")}};
    m_fake->addAccount(a);

    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("6121396"));
    q.addQueryItem(QStringLiteral("redirect_uri"),
        QString::fromLatin1(QUrl::toPercentEncoding(url(QStringLiteral("/blank.html")).toString())));
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("token"));
    q.addQueryItem(QStringLiteral("display"), QStringLiteral("page"));
    q.addQueryItem(QStringLiteral("v"), QStringLiteral("5.199"));
    q.addQueryItem(
        QStringLiteral("scope"), groupIds.isEmpty() ? QString::number(4194304 + 2) : QStringLiteral("4096"));
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("st4te"));
    q.addQueryItem(QStringLiteral("revoke"), QStringLiteral("1"));
    if (!groupIds.isEmpty())
        q.addQueryItem(QStringLiteral("group_ids"), groupIds);
    const QUrl authorize(url(QStringLiteral("/authorize?")).toString() + q.toString(QUrl::FullyEncoded));
    Http login = get(authorize);
    login.url = authorize;
    for (const char *needle :
        {"id=\"email\"", "name=\"email\"", "id=\"pass\"", "name=\"pass\"", "id=\"login_submit\""})
        QVERIFY2(login.text().contains(QLatin1String(needle)), needle);

    const Http consent
        = submit(login, {{QStringLiteral("email"), a.login}, {QStringLiteral("pass"), kPassword}});
    QCOMPARE(consent.url.path(), QStringLiteral("/authorize"));
    QVERIFY(consent.text().contains(QLatin1String("id=\"allow\"")));
    QVERIFY(consent.text().contains(QLatin1String("id=\"deny\"")));

    QList<QPair<QString, QString>> button;
    if (deny)
        button = {{QStringLiteral("cancel"), QStringLiteral("1")}};
    const Http end = submit(consent, button);
    QCOMPARE(end.url.path(), QStringLiteral("/blank.html"));
    QVERIFY(end.text().contains(QLatin1String("OAuth Blank")));
    const QUrlQuery fragment(end.url.fragment());
    QStringList keys;
    for (const auto &item : fragment.queryItems())
        keys << item.first;
    QCOMPARE(keys, fragmentKeys);
    QCOMPARE(fragment.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
    if (deny)
        QCOMPARE(fragment.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    if (!groupIds.isEmpty())
        QCOMPARE(fragment.queryItemValue(QStringLiteral("expires_in")), QStringLiteral("0"));
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("access_token")))
            QVERIFY(m_fake->isValidToken(fragment.queryItemValue(key)));
    }
}

void TestFakeVk::implicitWrongPassword()
{
    m_fake->addAccount(account(41, QStringLiteral("web@example.com")));
    const QUrl authorize = url(
        QStringLiteral("/authorize?client_id=1&redirect_uri=%1&response_type=token&display=page&scope=2")
            .arg(
                QString::fromLatin1(QUrl::toPercentEncoding(url(QStringLiteral("/blank.html")).toString()))));
    Http login = get(authorize);
    login.url = authorize;
    const Http again = submit(login,
        {{QStringLiteral("email"), QStringLiteral("web@example.com")},
            {QStringLiteral("pass"), QStringLiteral("no")}});
    QVERIFY(again.text().contains(QLatin1String("class=\"box_error\"")));
    QVERIFY(again.text().contains(QLatin1String("name=\"pass\"")));
}

void TestFakeVk::implicitTwoFactor()
{
    Account a = account(42, QStringLiteral("web2@example.com"));
    a.twoFactor = Account::TwoFactor::App;
    m_fake->addAccount(a);
    const QUrl authorize = url(
        QStringLiteral("/authorize?client_id=1&redirect_uri=%1&response_type=token&display=page&scope=65536")
            .arg(
                QString::fromLatin1(QUrl::toPercentEncoding(url(QStringLiteral("/blank.html")).toString()))));
    Http login = get(authorize);
    login.url = authorize;
    const Http code
        = submit(login, {{QStringLiteral("email"), a.login}, {QStringLiteral("pass"), kPassword}});
    QCOMPARE(QUrlQuery(code.url).queryItemValue(QStringLiteral("act")), QStringLiteral("authcheck"));
    const Http wrong = submit(code, {{QStringLiteral("code"), QStringLiteral("000000")}});
    QCOMPARE(QUrlQuery(wrong.url).queryItemValue(QStringLiteral("act")), QStringLiteral("authcheck"));
    const Http consent = submit(wrong, {{QStringLiteral("code"), a.otp}});
    QVERIFY(consent.text().contains(QLatin1String("id=\"allow\"")));
    const Http end = submit(consent, {});
    QCOMPARE(QUrlQuery(end.url.fragment()).queryItemValue(QStringLiteral("expires_in")), QStringLiteral("0"));
}

// VK's 2025 login page: hidden _origin, ip_h, lg_domain_h and to (base64 of the authorize URL) before
// email and pass, a cancel link to blank.html; the login POST is refused unless they come back.
void TestFakeVk::implicitLoginForm2025()
{
    Account a = account(43, QStringLiteral("web3@example.com"));
    m_fake->addAccount(a);
    const QUrl authorize = url(
        QStringLiteral("/authorize?client_id=1&redirect_uri=%1&response_type=token&display=mobile&scope=2")
            .arg(
                QString::fromLatin1(QUrl::toPercentEncoding(url(QStringLiteral("/blank.html")).toString()))));
    Http login = get(authorize);
    login.url = authorize;
    const QString html = login.text();

    QHash<QString, QString> hidden;
    QStringList order;
    auto inputs = QRegularExpression(QStringLiteral("<input type=\"(hidden|text|password)\" name=\"([^\"]+)\""
                                                    "(?: value=\"([^\"]*)\")?"))
                      .globalMatch(html);
    while (inputs.hasNext()) {
        const auto m = inputs.next();
        order << m.captured(2);
        if (m.captured(1) == u"hidden")
            hidden.insert(m.captured(2), unescape(m.captured(3)));
    }
    QCOMPARE(order,
        QStringList({QStringLiteral("_origin"), QStringLiteral("ip_h"), QStringLiteral("lg_domain_h"),
            QStringLiteral("to"), QStringLiteral("email"), QStringLiteral("pass")}));
    QCOMPARE(hidden.value(QStringLiteral("_origin")), m_fake->baseUrl().toString());
    QVERIFY(!hidden.value(QStringLiteral("ip_h")).isEmpty());
    QVERIFY(!hidden.value(QStringLiteral("lg_domain_h")).isEmpty());
    const QUrl to = QUrl::fromEncoded(QByteArray::fromBase64(hidden.value(QStringLiteral("to")).toLatin1()));
    QCOMPARE(to.path(), QStringLiteral("/authorize"));
    QCOMPARE(QUrlQuery(to).queryItemValue(QStringLiteral("client_id")), QStringLiteral("1"));
    QCOMPARE(QUrlQuery(to).queryItemValue(QStringLiteral("display")), QStringLiteral("mobile"));

    const auto cancel
        = QRegularExpression(QStringLiteral("<a href=\"([^\"]+)\" id=\"login_cancel\"")).match(html);
    QVERIFY(cancel.hasMatch());
    const QUrl cancelUrl = login.url.resolved(QUrl(unescape(cancel.captured(1))));
    QCOMPARE(cancelUrl.path(), QStringLiteral("/blank.html"));
    QCOMPARE(cancelUrl.fragment(QUrl::FullyEncoded),
        QStringLiteral(
            "error=access_denied&error_reason=user_denied&error_description=User%20denied%20your%20request"));

    // Without ip_h, lg_domain_h and _origin (a client that posts only what it typed): nobody signs in.
    const QUrl action = url(QStringLiteral("/?act=login&soft=1"));
    const auto refused = [](const Http &http) {
        return http.status == 200 && !http.headers.contains("location")
            && !http.headers.value("set-cookie").contains("remixsid=")
            && http.text().contains(QLatin1String("class=\"box_error\""));
    };
    QUrlQuery bare;
    bare.addQueryItem(QStringLiteral("email"), a.login);
    bare.addQueryItem(QStringLiteral("pass"), QString::fromLatin1(QUrl::toPercentEncoding(kPassword)));
    bare.addQueryItem(QStringLiteral("to"), hidden.value(QStringLiteral("to")));
    QVERIFY(refused(post(action, bare)));
    QUrlQuery noIpHash = bare; // names the session, but ip_h and _origin are missing
    noIpHash.addQueryItem(QStringLiteral("lg_domain_h"), hidden.value(QStringLiteral("lg_domain_h")));
    const Http again = post(action, noIpHash);
    QVERIFY(refused(again));
    QVERIFY(again.text().contains(QLatin1String("Security error")));
    QVERIFY(again.text().contains(QLatin1String("name=\"pass\""))); // the form again
    QUrlQuery wrongOrigin = noIpHash;
    wrongOrigin.addQueryItem(QStringLiteral("ip_h"), hidden.value(QStringLiteral("ip_h")));
    wrongOrigin.addQueryItem(QStringLiteral("_origin"), QStringLiteral("https%3A%2F%2Fevil.example"));
    QVERIFY(refused(post(action, wrongOrigin)));

    // As a browser submits it (every hidden field echoed): signed in, on to the consent page.
    const Http consent
        = submit(login, {{QStringLiteral("email"), a.login}, {QStringLiteral("pass"), kPassword}});
    QCOMPARE(consent.url.path(), QStringLiteral("/authorize"));
    QVERIFY(consent.text().contains(QLatin1String("id=\"allow\"")));
}

// ---- API ----

void TestFakeVk::apiMethods_data()
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

void TestFakeVk::apiMethods()
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

void TestFakeVk::faults_data()
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

void TestFakeVk::faults()
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

void TestFakeVk::slowDoesNotBlock()
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

void TestFakeVk::recording()
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

void TestFakeVk::publicDomain()
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

void TestFakeVk::accountJson_data()
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

void TestFakeVk::accountJson()
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

QTEST_GUILESS_MAIN(TestFakeVk)
#include "tst_fakevk.moc"
