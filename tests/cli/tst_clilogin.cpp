// SPDX-License-Identifier: MIT
#include "CliLoginFixture.h"
#include "FakeVk.h"
#include "TestSupport.h"
#include "WebViewDriver.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace clitest;
using testsupport::tokenParams;

// "vkauth-cli login direct" end to end: the built binary against the loopback fake VK, answers on
// stdin, profiles saved in the real keychain, every exit code of a login, and no password anywhere.
class TestCliLogin : public QObject, public CliLoginFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void plainJson();
    void envPasswordPrintsJustTheToken();
    void captchaAnsweredOnStdin();
    void captchaImageIsPrivateFile();
    void notRobotCaptcha();
    void notRobotCaptchaInTheWindow();
    void twoFactorAnsweredOnStdin();
    void profileTrustedHashSkipsTwoFactor();
    void smsResendOnRequest();
    void smsDelayHonoured();
    void securityCheckHandOver();
    void securityCheckWrongDigits();
    void floodControlNoRetry();
    void flashCallAsksFourDigits();
    void passwordNeverVisible();
    void plainHttpOnlyForLoopback();
    void noSaveLeavesNoProfile();
    void customHeaderAndApp();
};

void TestCliLogin::init()
{
    QVERIFY(startCli());
}

void TestCliLogin::cleanup()
{
    stopCli();
}

void TestCliLogin::plainJson()
{
    const auto a = account(7000000001LL);
    m_fake->addAccount(a);
    const CliResult r = m_cli->run(
        loginArgs(a, {QStringLiteral("--json"), QStringLiteral("--label"), QStringLiteral("mybot")}),
        a.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    const QString token = o.value(QStringLiteral("token")).toString();
    QVERIFY(m_fake->isValidToken(token));
    QCOMPARE(o.value(QStringLiteral("user_id")).toInteger(), a.userId);
    QVERIFY(o.contains(QStringLiteral("expires_in")));
    QCOMPARE(o.value(QStringLiteral("email")).toString(), a.email);

    const CliResult list = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray profiles = list.json().array();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject p = profiles.first().toObject();
    for (const char *key : {"id", "kind", "vk_id", "name", "label", "expires_at"})
        QVERIFY2(p.contains(QLatin1String(key)), key);
    QCOMPARE(p.value(QStringLiteral("kind")).toString(), QStringLiteral("user"));
    QCOMPARE(p.value(QStringLiteral("vk_id")).toInteger(), a.userId);
    QCOMPARE(p.value(QStringLiteral("label")).toString(), QStringLiteral("mybot"));
    QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Ivan Petrov"));

    const CliResult byLabel = m_cli->run({QStringLiteral("token"), QStringLiteral("mybot")});
    QCOMPARE(byLabel.exitCode, 0);
    QCOMPARE(byLabel.out, token.toUtf8() + '\n');
}

void TestCliLogin::envPasswordPrintsJustTheToken()
{
    const auto a = account(7000000002LL);
    m_fake->addAccount(a);
    m_cli->env().insert(QStringLiteral("VKAUTH_PASSWORD"), a.password);
    const CliResult r = m_cli->run({QStringLiteral("login"), QStringLiteral("direct"),
        QStringLiteral("--login"), a.login, QStringLiteral("--app"), QStringLiteral("windows"),
        QStringLiteral("--scope"), QStringLiteral("friends,offline")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QByteArray token = r.out.trimmed();
    QCOMPARE(r.out, token + '\n');
    QVERIFY(m_fake->isValidToken(QString::fromUtf8(token)));
    const auto requests = m_fake->requests(QStringLiteral("/token"));
    QVERIFY(!requests.isEmpty());
    const QByteArray sent = requests.last().url.query(QUrl::FullyDecoded).toUtf8() + requests.last().body;
    QVERIFY2(sent.contains("client_id=3697615"), sent.constData());
    QVERIFY2(sent.contains("scope=65538"), sent.constData());
}

void TestCliLogin::captchaAnsweredOnStdin()
{
    auto a = account(7000000003LL);
    a.captchasBeforeLogin = 2;
    m_fake->addAccount(a);
    const QByteArray key = m_fake->captchaKey().toUtf8();
    const CliResult r = m_cli->run(
        loginArgs(a, {QStringLiteral("--json")}), a.password.toUtf8() + '\n' + key + '\n' + key + '\n');
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(m_fake->isValidToken(r.json().object().value(QStringLiteral("token")).toString()));
    QCOMPARE(r.err.count("image saved to:"), 2);
    QVERIFY(r.err.contains("image address:"));
}

// While the key is asked for, the image is a 0600 file holding VK's picture; it is gone afterwards.
void TestCliLogin::captchaImageIsPrivateFile()
{
    auto a = account(7000000004LL);
    a.captchasBeforeLogin = 1;
    m_fake->addAccount(a);
    auto p = m_cli->start(loginArgs(a, {QStringLiteral("--no-save")}));
    p->write(a.password.toUtf8() + '\n');
    QByteArray err;
    QVERIFY2(CliRunner::waitForErr(*p, err, "Type the characters"), err.constData());
    const int at = err.indexOf("image saved to: ");
    QVERIFY(at >= 0);
    const QString path = QString::fromUtf8(err.mid(at + 16, err.indexOf('\n', at) - at - 16)).trimmed();
    QFileInfo info(path);
    QVERIFY2(info.exists(), qPrintable(path));
    QCOMPARE(
        info.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_fake->captchaImage());
    const CliResult r = CliRunner::finish(*p, m_fake->captchaKey().toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(path));
}

// VK's newer check: the CLI prints the page to solve and reads the success token it hands out.
// VK's "not robot" check is a page of scripts: with no display (and no web-view helper) the CLI ends
// with exit code 8, names the step and suggests the desktop app; it never asks to paste a token VK's
// page never shows, and never fetches the placeholder image.
void TestCliLogin::notRobotCaptcha()
{
    auto a = account(7000000020LL);
    a.captchasBeforeLogin = 1;
    a.notRobotCaptcha = true;
    m_fake->addAccount(a);
    m_cli->env().remove(QStringLiteral("DISPLAY"));
    m_cli->env().remove(QStringLiteral("WAYLAND_DISPLAY"));
    const CliResult r = m_cli->run(loginArgs(a, {QStringLiteral("--json")}),
        a.password.toUtf8() + '\n' + m_fake->notRobotSuccessToken().toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 8, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("NEEDS_BROWSER"));
    QVERIFY(r.err.contains("not robot"));
    QVERIFY(r.err.contains("desktop app"));
    QVERIFY(m_fake->requests(QStringLiteral("/captcha.php")).isEmpty());
    QCOMPARE(m_fake->requests(QStringLiteral("/token")).size(), 1);
}

// With a display and the web-view helper, the "not robot" check opens VK's page in the helper's
// window; the success_token the widget posts to its parent goes back to /token without any paste.
void TestCliLogin::notRobotCaptchaInTheWindow()
{
    if (!QFileInfo(QStringLiteral(VKAUTH_WEBVIEW_PATH)).isExecutable())
        QSKIP("built without the GUI (VKAUTH_BUILD_GUI=OFF, the sanitizer build): no web-view helper");
    auto a = account(7000000021LL);
    a.captchasBeforeLogin = 1;
    a.notRobotCaptcha = true;
    m_fake->addAccount(a);
    QVERIFY(!qEnvironmentVariableIsEmpty("DISPLAY")); // scripts/test runs under Xvfb
    const QString frame = QStringLiteral("document.querySelector('#widget').contentDocument");
    webviewtest::Driver driver(
        {webviewtest::step(
            QStringLiteral("(function(){var d=%1;return d && d.querySelector('#not_robot') !== null;})()")
                .arg(frame),
            QStringLiteral("(function(){var d=%1;d.querySelector('#not_robot').checked = true;"
                           "d.querySelector('#not_robot_submit').click();return true;})()")
                .arg(frame))},
        &m_cli->env());
    const CliResult r
        = m_cli->run(loginArgs(a, {QStringLiteral("--json")}), a.password.toUtf8() + '\n', 120000);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe() + u'\n' + driver.log().join(u'\n')));
    QVERIFY(driver.has(QStringLiteral("step 0")));
    QVERIFY(m_fake->isValidToken(r.json().object().value(QStringLiteral("token")).toString()));
    const QByteArray retry = m_fake->requests(QStringLiteral("/token")).last().body;
    QVERIFY2(retry.contains("success_token=" + QUrl::toPercentEncoding(m_fake->notRobotSuccessToken())),
        retry.constData());
    QVERIFY(!r.err.contains("Success token"));
    QVERIFY(m_fake->requests(QStringLiteral("/captcha.php")).isEmpty()); // the placeholder never fetched
}

void TestCliLogin::twoFactorAnsweredOnStdin()
{
    auto a = account(7000000005LL);
    a.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(a);
    const CliResult r = m_cli->run(
        loginArgs(a, {QStringLiteral("--json")}), a.password.toUtf8() + '\n' + a.otp.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(m_fake->isValidToken(r.json().object().value(QStringLiteral("token")).toString()));
    QVERIFY(r.err.contains("authenticator app"));
    QVERIFY(!r.err.contains(a.otp.toUtf8()));
}

// Answering "sms" to the code question asks VK for an SMS (auth.validatePhone), then the code is read.

// A second "login direct --profile" sends the trusted hash kept in the keychain from the first
// two-factor sign-in: VK asks no code, so the password alone on stdin is enough.
void TestCliLogin::profileTrustedHashSkipsTwoFactor()
{
    auto a = account(7000000030LL);
    a.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(a);
    const CliResult first = m_cli->run(loginArgs(a,
                                           {QStringLiteral("--app"), QStringLiteral("windows"),
                                               QStringLiteral("--label"), QStringLiteral("twofa")}),
        a.password.toUtf8() + '\n' + a.otp.toUtf8() + '\n');
    QVERIFY2(first.finished && first.exitCode == 0, qPrintable(first.describe()));
    const qsizetype firstRequests = m_fake->requests(QStringLiteral("/token")).size();
    QVERIFY(
        tokenParams(m_fake->requests(QStringLiteral("/token")).last()).hasQueryItem(QStringLiteral("code")));

    auto p = m_cli->start({QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--profile"),
        QStringLiteral("twofa"), QStringLiteral("--password-stdin"), QStringLiteral("--timeout"),
        QStringLiteral("5s")});
    QVERIFY(p->waitForStarted());
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(p->processId()));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray argv = cmdline.readAll();
    const CliResult second = CliRunner::finish(*p, a.password.toUtf8() + '\n');
    QVERIFY2(second.finished && second.exitCode == 0, qPrintable(second.describe()));
    QVERIFY(m_fake->isValidToken(QString::fromUtf8(second.out.trimmed())));
    QVERIFY(!second.err.contains("Code"));

    const auto requests = m_fake->requests(QStringLiteral("/token"));
    QVERIFY(requests.size() > firstRequests);
    const QString trustedHash = tokenParams(requests.last()).queryItemValue(QStringLiteral("trusted_hash"));
    QVERIFY(!trustedHash.isEmpty());
    for (qsizetype i = firstRequests; i < requests.size(); ++i) {
        const QUrlQuery params = tokenParams(requests[i]);
        QVERIFY2(!params.hasQueryItem(QStringLiteral("code")), "a second two-factor code was sent");
        QCOMPARE(params.queryItemValue(QStringLiteral("client_id")), QStringLiteral("3697615"));
        QCOMPARE(params.queryItemValue(QStringLiteral("username")), a.login);
    }

    const QByteArray hash = trustedHash.toUtf8();
    for (const QByteArray &seen : {first.out, first.err, second.out, second.err, argv})
        QVERIFY(!seen.contains(hash));
    QFile index(m_cli->dataDir() + QStringLiteral("/profiles.json"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(!index.readAll().contains(hash));

    const CliResult unknown
        = m_cli->run({QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--profile"),
                         QStringLiteral("nosuch"), QStringLiteral("--password-stdin")},
            a.password.toUtf8() + '\n');
    QCOMPARE(unknown.exitCode, 6);
}

void TestCliLogin::smsResendOnRequest()
{
    auto a = account(7000000006LL);
    a.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(a);
    auto p = m_cli->start(loginArgs(a, {QStringLiteral("--json")}));
    p->write(a.password.toUtf8() + "\nsms\n");
    QByteArray err;
    QVERIFY2(CliRunner::waitForErr(*p, err, "VK sent a code by SMS"), err.constData());
    QVERIFY(!m_fake->requests(QStringLiteral("/method/auth.validatePhone")).isEmpty());
    const CliResult r = CliRunner::finish(*p, a.otp.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QString::fromUtf8(err)));
    QVERIFY(m_fake->isValidToken(r.json().object().value(QStringLiteral("token")).toString()));
}

// After an SMS, VK's delay (60 s here) holds back another: the CLI says so and keeps asking for the code.
void TestCliLogin::smsDelayHonoured()
{
    auto a = account(7000000023LL);
    a.twoFactor = fakevk::Account::TwoFactor::App;
    a.smsDelaySeconds = 60;
    m_fake->addAccount(a);
    auto p = m_cli->start(loginArgs(a, {QStringLiteral("--json"), QStringLiteral("--no-save")}));
    p->write(a.password.toUtf8() + "\nsms\n");
    QByteArray err;
    QVERIFY2(CliRunner::waitForErr(*p, err, "VK sent a code by SMS"), err.constData());
    p->write("sms\n");
    QVERIFY2(CliRunner::waitForErr(*p, err, "VK allows another SMS in"), err.constData());
    const CliResult r = CliRunner::finish(*p, a.otp.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QString::fromUtf8(err)));
    QCOMPARE(m_fake->requests(QStringLiteral("/method/auth.validatePhone")).size(), 1);
}

// VK asks for the security check (need_validation + redirect_uri): the phone given with --phone passes it.
void TestCliLogin::securityCheckHandOver()
{
    auto a = account(7000000007LL);
    a.securityCheck = true;
    m_fake->addAccount(a);
    const CliResult r
        = m_cli->run(loginArgs(a, {QStringLiteral("--json"), QStringLiteral("--phone"), a.phone}),
            a.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(m_fake->isValidToken(r.json().object().value(QStringLiteral("token")).toString()));
    // VK's shape: the page at act=security_check, its form posted to /login.php.
    QCOMPARE(m_fake->requests(QStringLiteral("/login.php")).size(), 1);
    QCOMPARE(QUrlQuery(m_fake->requests(QStringLiteral("/login.php")).first().url).queryItemValue("act"),
        QStringLiteral("security_check"));

    auto b = account(7000000019LL);
    b.securityCheck = true;
    m_fake->addAccount(b);
    const CliResult noPhone
        = m_cli->run(loginArgs(b, {QStringLiteral("--json")}), b.password.toUtf8() + '\n');
    QVERIFY2(noPhone.exitCode == 3, qPrintable(noPhone.describe()));
    QCOMPARE(noPhone.errorCode(), QStringLiteral("INVALID_PHONE_NUMBER"));
}

// Wrong digits: VK answers a page with no form and only its warning; the user sees VK's words.
void TestCliLogin::securityCheckWrongDigits()
{
    auto a = account(7000000031LL);
    a.securityCheck = true;
    m_fake->addAccount(a);
    const CliResult r = m_cli->run(
        loginArgs(a, {QStringLiteral("--json"), QStringLiteral("--phone"), QStringLiteral("+79990000067")}),
        a.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("INVALID_PHONE_NUMBER"));
    QVERIFY2(r.err.contains("Incorrect numbers. You can repeat the attempt in 3 hours."), r.err.constData());
}

// Flood control (HTTP 401 "9;Flood control"): TOO_MUCH_TRIES, "wait, do not retry", and exactly one
// /token request (each retry extends VK's block).
void TestCliLogin::floodControlNoRetry()
{
    auto a = account(7000000032LL);
    a.floodControl = true;
    m_fake->addAccount(a);
    const CliResult r = m_cli->run(loginArgs(a, {QStringLiteral("--json")}), a.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("TOO_MUCH_TRIES"));
    QVERIFY2(r.err.contains("do not retry"), r.err.constData());
    // VK's raw words are in --json's details (on stderr only with --verbose: tst_cligh).
    const QJsonObject error = r.json().object().value(QStringLiteral("error")).toObject();
    QVERIFY2(error.value(QStringLiteral("details"))
                 .toString()
                 .contains(QLatin1String("password_bruteforce_attempt")),
        qPrintable(r.describe()));
    QCOMPARE(m_fake->requests(QStringLiteral("/token")).size(), 1);
}

// 2fa_callreset: VK places a flash call; the user is asked for the last 4 digits of the calling
// number with VK's own words, and no SMS is requested unless asked for.
void TestCliLogin::flashCallAsksFourDigits()
{
    auto a = account(7000000033LL);
    a.twoFactor = fakevk::Account::TwoFactor::FlashCall;
    a.otp = QStringLiteral("4567");
    m_fake->addAccount(a);
    auto p = m_cli->start(loginArgs(a, {QStringLiteral("--json"), QStringLiteral("--no-save")}));
    p->write(a.password.toUtf8() + '\n');
    QByteArray err;
    QVERIFY2(CliRunner::waitForErr(*p, err, "Code"), err.constData());
    QVERIFY2(err.contains("last 4 digits of the calling number"), err.constData());
    QVERIFY2(err.contains("use last 4 digits from incoming call"), err.constData()); // VK's words
    QVERIFY2(err.contains("4 digits"), err.constData());
    QVERIFY(m_fake->requests(QStringLiteral("/method/auth.validatePhone")).isEmpty());
    const CliResult r = CliRunner::finish(*p, a.otp.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QString::fromUtf8(err)));
    QVERIFY(m_fake->isValidToken(r.json().object().value(QStringLiteral("token")).toString()));
    QVERIFY(m_fake->requests(QStringLiteral("/method/auth.validatePhone")).isEmpty());
}

void TestCliLogin::passwordNeverVisible()
{
    auto a = account(7000000008LL);
    a.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(a);
    auto p = m_cli->start(loginArgs(a, {QStringLiteral("--json")}));
    p->write(a.password.toUtf8() + '\n');
    QByteArray err;
    QVERIFY2(CliRunner::waitForErr(*p, err, "Code"), err.constData());
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(p->processId()));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray argv = cmdline.readAll();
    QVERIFY(argv.contains(a.login.toUtf8()));
    QVERIFY(!argv.contains(a.password.toUtf8()));
    QFile environ(QStringLiteral("/proc/%1/environ").arg(p->processId()));
    if (environ.open(QIODevice::ReadOnly))
        QVERIFY(!environ.readAll().contains(a.password.toUtf8()));
    const CliResult r = CliRunner::finish(*p, a.otp.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!r.out.contains(a.password.toUtf8()));
    QVERIFY(!(err + r.err).contains(a.password.toUtf8()));
    QVERIFY(!(err + r.err).contains(a.otp.toUtf8()));
}

// The endpoint variables apply, and plain http:// is refused for anything but this computer.
void TestCliLogin::plainHttpOnlyForLoopback()
{
    const auto a = account(7000000022LL);
    m_fake->addAccount(a);
    m_cli->env().insert(QStringLiteral("VKAUTH_API_URL"), QStringLiteral("http://vk.example.org"));
    const CliResult r = m_cli->run(loginArgs(a, {QStringLiteral("--json")}), a.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY(r.err.contains("vk.example.org"));
    QVERIFY(m_fake->requests(QStringLiteral("/token")).isEmpty());
}

void TestCliLogin::noSaveLeavesNoProfile()
{
    const auto a = account(7000000017LL);
    m_fake->addAccount(a);
    const CliResult r = m_cli->run(loginArgs(a, {QStringLiteral("--no-save")}), a.password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const CliResult list = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().array().size(), 0);
}

void TestCliLogin::customHeaderAndApp()
{
    const auto a = account(7000000018LL);
    m_fake->addAccount(a);
    m_fake->allowClient(QStringLiteral("777"), QStringLiteral("own-secret"));
    m_cli->env().insert(QStringLiteral("VKAUTH_CLIENT_SECRET"), QStringLiteral("own-secret"));
    const CliResult r
        = m_cli->run(loginArgs(a,
                         {QStringLiteral("--client-id"), QStringLiteral("777"), QStringLiteral("--header"),
                             QStringLiteral("X-Test: yes"), QStringLiteral("--no-save")}),
            a.password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto requests = m_fake->requests(QStringLiteral("/token"));
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.last().headers.value("x-test"), QByteArray("yes"));
    QVERIFY(!r.err.contains("own-secret"));
}

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_clilogin.moc"
