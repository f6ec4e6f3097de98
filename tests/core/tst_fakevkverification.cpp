// SPDX-License-Identifier: MIT
// The fake's account verification pages (security check) and account edits.
// Driven with a bare QNetworkAccessManager (tests/support/FakeVkHttp.h), as in PROTOCOL.md.

#include "FakeVkHttp.h"

#include <QNetworkCookie>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using fakevk::Account;
using namespace testsupport;

class TestFakeVkVerification : public QObject, public FakeVkHttp
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startFake()); }
    void cleanup() { stopFake(); }

    void verification_data();
    void verification();
    void verificationWrongAnswersStay_data();
    void verificationWrongAnswersStay();
    void verificationNeedsItsCookie();
    void verificationWithoutSteps();
    void accountEditsApplyAtOnce();
};

// ---- verification pages ----

void TestFakeVkVerification::verification_data()
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

void TestFakeVkVerification::verification()
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

void TestFakeVkVerification::verificationWrongAnswersStay_data()
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

void TestFakeVkVerification::verificationWrongAnswersStay()
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

void TestFakeVkVerification::verificationNeedsItsCookie()
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

void TestFakeVkVerification::verificationWithoutSteps()
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

void TestFakeVkVerification::accountEditsApplyAtOnce()
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

QTEST_GUILESS_MAIN(TestFakeVkVerification)
#include "tst_fakevkverification.moc"
