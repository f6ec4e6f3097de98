// SPDX-License-Identifier: MIT
// The fake's /token endpoint: password grant, success shape, captcha, two-factor, SMS.
// Driven with a bare QNetworkAccessManager (tests/support/FakeVkHttp.h), as in PROTOCOL.md.

#include "FakeVkHttp.h"

#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using fakevk::Account;
using namespace testsupport;

class TestFakeVkToken : public QObject, public FakeVkHttp
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startFake()); }
    void cleanup() { stopFake(); }

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
};

void TestFakeVkToken::passwordGrant_data()
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

void TestFakeVkToken::passwordGrant()
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

void TestFakeVkToken::successShape_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<bool>("hasEmail");
    QTest::newRow("no offline") << "4" << qint64(86400) << false;
    QTest::newRow("offline") << "65536" << qint64(0) << false;
    QTest::newRow("offline + email") << QString::number(65536 + 4194304) << qint64(0) << true;
    QTest::newRow("names") << "friends,email" << qint64(86400) << true;
}

void TestFakeVkToken::successShape()
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

void TestFakeVkToken::captcha()
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

void TestFakeVkToken::notRobotCaptcha()
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

void TestFakeVkToken::twoFactor_data()
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

void TestFakeVkToken::twoFactor()
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

void TestFakeVkToken::trustedHashSkipsTwoFactor()
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

void TestFakeVkToken::forceSms()
{
    Account a = account(22, QStringLiteral("force@example.com"));
    a.twoFactor = Account::TwoFactor::App;
    m_fake->addAccount(a);
    QUrlQuery q = tokenQuery(a.login);
    q.addQueryItem(QStringLiteral("force_sms"), QStringLiteral("1"));
    QCOMPARE(token(q).json().value(QStringLiteral("validation_type")).toString(), QStringLiteral("2fa_sms"));
}

void TestFakeVkToken::smsNeedsResend()
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

QTEST_GUILESS_MAIN(TestFakeVkToken)
#include "tst_fakevktoken.moc"
