// SPDX-License-Identifier: MIT
// The fake's implicit flow (oauth.vk.com/authorize and its login forms).
// Driven with a bare QNetworkAccessManager (tests/support/FakeVkHttp.h), as in PROTOCOL.md.

#include "FakeVkHttp.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using fakevk::Account;
using namespace testsupport;

class TestFakeVkImplicit : public QObject, public FakeVkHttp
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startFake()); }
    void cleanup() { stopFake(); }

    void implicitFlow_data();
    void implicitFlow();
    void implicitWrongPassword();
    void implicitTwoFactor();
    void implicitLoginForm2025();
};

// ---- implicit flow ----

void TestFakeVkImplicit::implicitFlow_data()
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

void TestFakeVkImplicit::implicitFlow()
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

void TestFakeVkImplicit::implicitWrongPassword()
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

void TestFakeVkImplicit::implicitTwoFactor()
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
void TestFakeVkImplicit::implicitLoginForm2025()
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

QTEST_GUILESS_MAIN(TestFakeVkImplicit)
#include "tst_fakevkimplicit.moc"
