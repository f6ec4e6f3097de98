// SPDX-License-Identifier: MIT
#include "CliRunner.h"
#include "FakeVk.h"
#include "PasteBrowser.h"
#include "WebViewDriver.h"
#include "auth/HtmlForm.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

using namespace clitest;

// "login browser" and "verify" end to end. For the browser sign-in the test plays the user: it takes
// the address the CLI prints, signs in on the fake's pages with a plain HTTP client (its login form,
// then the consent page), and pastes the blank.html address it ends on into the CLI's stdin (the
// helper is hidden from these, so "paste" is the default). With --browser window the real
// vkauth-webview helper shows the page under Xvfb and the test drives it (WebViewDriver).
class TestCliBrowser : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void userToken();
    void communityTokens();
    void denied();
    void notTheFinalAddress();
    void browserWindow_data();
    void browserWindow();
    void browserWindowWithoutHelper();
    void browserWindowClosed();
    void verifyPhone();
    void verifyWrongPhone();
    void verifyTwoFactorOnStdin();
    void verifyBadUsage();
    void verifyWithoutToken();

private:
    fakevk::Account account(qint64 userId);

    std::unique_ptr<PasteBrowser> m_browser;
};

void TestCliBrowser::init()
{
    QVERIFY(startCli());
    m_cli->env().insert(QStringLiteral("VKAUTH_WEBVIEW_PATH"), QStringLiteral("/nonexistent/vkauth-webview"));
    m_browser = std::make_unique<PasteBrowser>();
}

void TestCliBrowser::cleanup()
{
    m_browser.reset();
    stopCli();
}

fakevk::Account TestCliBrowser::account(qint64 userId)
{
    fakevk::Account a;
    a.userId = userId;
    a.login = QStringLiteral("web%1@example.org").arg(userId);
    a.phone = QStringLiteral("79991234567");
    a.password = QStringLiteral("web-pass-%1").arg(userId);
    a.email = a.login;
    return a;
}

void TestCliBrowser::userToken()
{
    const auto a = account(9100000001LL);
    m_fake->addAccount(a);
    auto cli = m_cli->start({QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--app"),
        QStringLiteral("vkAdmin"), QStringLiteral("--scope"), QStringLiteral("friends,email,offline"),
        QStringLiteral("--json"), QStringLiteral("--label"), QStringLiteral("web")});
    QString authorize;
    const QUrl paste = m_browser->signIn(*cli, a, true, &authorize);
    QVERIFY2(paste.isValid() && paste.hasFragment(), qPrintable(paste.toString()));
    const QUrlQuery query(QUrl(authorize).query());
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("6121396"));
    QCOMPARE(query.queryItemValue(QStringLiteral("scope")), QString::number(2 + 4194304 + 65536));
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("token"));

    const CliResult r = CliRunner::finish(*cli, paste.toString(QUrl::FullyEncoded).toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QVERIFY(m_fake->isValidToken(o.value(QStringLiteral("token")).toString()));
    QCOMPARE(o.value(QStringLiteral("user_id")).toInteger(), a.userId);
    QCOMPARE(o.value(QStringLiteral("email")).toString(), a.email);
    QVERIFY(!r.err.contains(o.value(QStringLiteral("token")).toString().toUtf8()));

    const CliResult token = m_cli->run({QStringLiteral("token"), QStringLiteral("web")});
    QCOMPARE(token.out.trimmed(), o.value(QStringLiteral("token")).toString().toUtf8());
}

void TestCliBrowser::communityTokens()
{
    auto a = account(9100000002LL);
    a.groups = {{55, QStringLiteral("Club"), QStringLiteral("club55")},
        {66, QStringLiteral("Other"), QStringLiteral("other")}};
    m_fake->addAccount(a);
    auto cli
        = m_cli->start({QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--client-id"),
            QStringLiteral("6121396"), QStringLiteral("--groups"), QStringLiteral("55,66"),
            QStringLiteral("--scope"), QStringLiteral("messages,manage"), QStringLiteral("--json")});
    QString authorize;
    const QUrl paste = m_browser->signIn(*cli, a, true, &authorize);
    QVERIFY2(paste.isValid(), qPrintable(authorize));
    QCOMPARE(
        QUrlQuery(QUrl(authorize).query()).queryItemValue(QStringLiteral("group_ids"), QUrl::FullyDecoded),
        QStringLiteral("55,66"));
    const CliResult r = CliRunner::finish(*cli, paste.toString(QUrl::FullyEncoded).toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray groups = r.json().object().value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("group_id")).toInteger(), 55);
    QCOMPARE(groups.at(1).toObject().value(QStringLiteral("group_id")).toInteger(), 66);
    for (const auto &g : groups) {
        QVERIFY(m_fake->isValidToken(g.toObject().value(QStringLiteral("token")).toString()));
        QVERIFY(g.toObject().contains(QStringLiteral("expires_in")));
    }
    const CliResult list = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.json().array().size(), 2);
    QCOMPARE(list.json().array().at(0).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("community"));
}

void TestCliBrowser::denied()
{
    const auto a = account(9100000003LL);
    m_fake->addAccount(a);
    auto cli = m_cli->start({QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--app"),
        QStringLiteral("kateMobile"), QStringLiteral("--json")});
    const QUrl paste = m_browser->signIn(*cli, a, false);
    QVERIFY(paste.isValid());
    const CliResult r = CliRunner::finish(*cli, paste.toString(QUrl::FullyEncoded).toUtf8() + '\n');
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("ACCESS_DENIED"));
}

// Something else pasted is refused with a hint and asked again; at the end of input: exit 7.
void TestCliBrowser::notTheFinalAddress()
{
    const CliResult r = m_cli->run({QStringLiteral("login"), QStringLiteral("browser"),
                                       QStringLiteral("--client-id"), QStringLiteral("6121396")},
        "https://example.org/somewhere\n", 15000);
    QVERIFY2(r.finished && r.exitCode == 7, qPrintable(r.describe()));
    QVERIFY(r.err.contains("blank.html"));
    QCOMPARE(r.err.count("Paste the address"), 2);
    QVERIFY(r.out.isEmpty());
}

void TestCliBrowser::browserWindow_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("tokens");
    // No --browser: a display is there (Xvfb) and the helper is found, so the window is the default.
    QTest::newRow("user, default") << QStringList {QStringLiteral("--app"), QStringLiteral("kateMobile")}
                                   << 1;
    QTest::newRow("communities, --browser window") << QStringList {QStringLiteral("--client-id"),
        QStringLiteral("6121396"), QStringLiteral("--groups"), QStringLiteral("55,66"),
        QStringLiteral("--scope"), QStringLiteral("messages"), QStringLiteral("--browser"),
        QStringLiteral("window")} << 2;
}

void TestCliBrowser::browserWindow()
{
    if (!QFileInfo(QStringLiteral(VKAUTH_WEBVIEW_PATH)).isExecutable())
        QSKIP("built without the GUI (VKAUTH_BUILD_GUI=OFF, the sanitizer build): no web-view helper");
    QFETCH(QStringList, args);
    QFETCH(int, tokens);
    auto a = account(9100000004LL);
    a.groups = {{55, QStringLiteral("Club"), QStringLiteral("club55")},
        {66, QStringLiteral("Other"), QStringLiteral("other")}};
    m_fake->addAccount(a);
    const QString fill
        = QStringLiteral("document.querySelector('#email').value = %1;"
                         "document.querySelector('#pass').value = %2;"
                         "document.querySelector('#login_submit').click(); true")
              .arg(QString::fromUtf8(QJsonDocument(QJsonArray {a.login}).toJson(QJsonDocument::Compact))
                      + QStringLiteral("[0]"),
                  QString::fromUtf8(QJsonDocument(QJsonArray {a.password}).toJson(QJsonDocument::Compact))
                      + QStringLiteral("[0]"));
    webviewtest::Driver driver(
        {webviewtest::step(QStringLiteral("document.querySelector('#pass') !== null"), fill),
            webviewtest::step(QStringLiteral("document.querySelector('#allow') !== null"),
                QStringLiteral("document.querySelector('#allow').click(); true"))},
        &m_cli->env());
    const CliResult r = m_cli->run(QStringList {QStringLiteral("login"), QStringLiteral("browser")} + args
            + QStringList {QStringLiteral("--json")},
        {}, 120000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + u'\n' + driver.log().join(u'\n')));
    QVERIFY(!r.err.contains("Paste the address"));
    QVERIFY(driver.has(QStringLiteral("offTheRecord 1")));
    QVERIFY(driver.has(QStringLiteral("step 1")));
    const QJsonObject o = r.json().object();
    if (tokens == 1) {
        QVERIFY(m_fake->isValidToken(o.value(QStringLiteral("token")).toString()));
        QCOMPARE(o.value(QStringLiteral("user_id")).toInteger(), a.userId);
    } else {
        const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), tokens);
        for (const auto &g : groups)
            QVERIFY(m_fake->isValidToken(g.toObject().value(QStringLiteral("token")).toString()));
    }
    // The token page was caught in the window, never loaded.
    QVERIFY(m_fake->requests(QStringLiteral("/blank.html")).isEmpty());
}

// The window closed before VK handed a token over: the sign-in is cancelled, exit 7 (CANCELLED),
// nothing saved.
void TestCliBrowser::browserWindowClosed()
{
    if (!QFileInfo(QStringLiteral(VKAUTH_WEBVIEW_PATH)).isExecutable())
        QSKIP("built without the GUI (VKAUTH_BUILD_GUI=OFF, the sanitizer build): no web-view helper");
    webviewtest::Driver driver(
        {webviewtest::step(QStringLiteral("document.querySelector('#pass') !== null"), {}, {}, true)},
        &m_cli->env());
    const CliResult r
        = m_cli->run({QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--app"),
                         QStringLiteral("kateMobile"), QStringLiteral("--browser"), QStringLiteral("window"),
                         QStringLiteral("--json")},
            {}, 120000);
    QVERIFY2(r.finished && r.exitCode == 7, qPrintable(r.describe() + u'\n' + driver.log().join(u'\n')));
    QCOMPARE(r.errorCode(), QStringLiteral("CANCELLED"));
    QVERIFY(driver.has(QStringLiteral("step 0"))); // the window was closed at the sign-in form
    QVERIFY(m_fake->issuedTokens().isEmpty());
    const CliResult list = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0 && list.json().isArray() && list.json().array().isEmpty(),
        qPrintable(list.describe()));
}

void TestCliBrowser::browserWindowWithoutHelper()
{
    // Asked for a window with no helper installed: a clear message naming it, no hang, no crash.
    const CliResult r
        = m_cli->run({QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--app"),
                         QStringLiteral("kateMobile"), QStringLiteral("--browser"), QStringLiteral("window")},
            {}, 15000);
    QVERIFY2(r.finished && r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("vkauth-webview"), qPrintable(r.describe()));
    QVERIFY(!r.err.contains("Paste the address"));
    // A bad value is a usage error.
    QCOMPARE(m_cli
                 ->run({QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--app"),
                     QStringLiteral("kateMobile"), QStringLiteral("--browser"), QStringLiteral("tab")})
                 .exitCode,
        2);
}

void TestCliBrowser::verifyPhone()
{
    auto a = account(9100000004LL);
    a.securityCheck = true;
    m_fake->addAccount(a);
    const QUrl start = m_fake->startVerification(a.userId, 65536);
    const CliResult r = m_cli->run({QStringLiteral("verify"), start.toString(), QStringLiteral("--phone"),
        a.phone, QStringLiteral("--json"), QStringLiteral("--label"), QStringLiteral("checked")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QVERIFY(m_fake->isValidToken(o.value(QStringLiteral("token")).toString()));
    QCOMPARE(o.value(QStringLiteral("user_id")).toInteger(), a.userId);
    QCOMPARE(m_cli->run({QStringLiteral("token"), QStringLiteral("checked")}).exitCode, 0);
}

void TestCliBrowser::verifyWrongPhone()
{
    auto a = account(9100000005LL);
    a.securityCheck = true;
    m_fake->addAccount(a);
    const QUrl start = m_fake->startVerification(a.userId, 65536);
    const CliResult r = m_cli->run({QStringLiteral("verify"), start.toString(), QStringLiteral("--phone"),
        QStringLiteral("70000000000"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("INVALID_PHONE_NUMBER"));
}

void TestCliBrowser::verifyTwoFactorOnStdin()
{
    auto a = account(9100000006LL);
    a.authcheckOnVerification = true;
    a.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(a);
    const QUrl start = m_fake->startVerification(a.userId, 65536);
    const CliResult r = m_cli->run({QStringLiteral("verify"), start.toString(), QStringLiteral("--login"),
                                       a.login, QStringLiteral("--json"), QStringLiteral("--no-save")},
        a.otp.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(m_fake->isValidToken(r.json().object().value(QStringLiteral("token")).toString()));

    const QUrl again = m_fake->startVerification(a.userId, 65536);
    const CliResult none
        = m_cli->run({QStringLiteral("verify"), again.toString(), QStringLiteral("--json")}, {}, 15000);
    QVERIFY2(none.finished && none.exitCode == 7, qPrintable(none.describe()));
}

void TestCliBrowser::verifyBadUsage()
{
    QCOMPARE(m_cli->run({QStringLiteral("verify")}).exitCode, 2);
    QCOMPARE(m_cli->run({QStringLiteral("verify"), QStringLiteral("not a url")}).exitCode, 2);
    QCOMPARE(m_cli->run({QStringLiteral("login"), QStringLiteral("browser")}).exitCode, 2);
    QCOMPARE(m_cli
                 ->run({QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--client-id"),
                     QStringLiteral("1"), QStringLiteral("--groups"), QStringLiteral("x")})
                 .exitCode,
        2);
}

// VK ends some checks with blank.html#success=1 and no token: a success with nothing to keep.
void TestCliBrowser::verifyWithoutToken()
{
    auto a = account(9100000007LL);
    a.securityCheck = true;
    m_fake->addAccount(a);
    const QUrl start = m_fake->startVerification(a.userId, 0, false);
    const CliResult r = m_cli->run({QStringLiteral("verify"), start.toString(), QStringLiteral("--phone"),
        a.phone, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("verified")).toBool(), true);
    QVERIFY(!r.json().object().contains(QStringLiteral("token")));
    QCOMPARE(m_cli->run({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliBrowser)
#include "tst_clibrowser.moc"
