// SPDX-License-Identifier: MIT
// The leak sweep (issue 13, "Then prove it"): every end-to-end sign-in of vkauth-cli against the fake
// — direct with captcha and two-factor (then again with the kept trusted hash), the verification
// pages, the browser sign-in with a pasted address — with every vkauth.* log category on. Whatever
// the CLI leaves behind is searched for the password, the captcha key, the codes, the tokens and the
// trusted hash: its stderr (all logs), its stdout (where only the token it was asked for may be), the
// files under its data, config, cache and temp folders, and its /proc/<pid>/cmdline and environ
// while it waits on a question. tst_nosecrets does the same for the core's log in-process.
#include "CliRunner.h"
#include "FakeVk.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using clitest::CliResult;
using clitest::CliRunner;

class TestLeakSweep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void directWithCaptchaAndTwoFactor();
    void verificationPages();
    void browserPaste();

private:
    struct Evidence
    {
        QString what;
        QByteArray bytes;
    };
    fakevk::Account account(qint64 userId) const;
    void snapshotProcess(const QProcess &p, const QString &when);
    void collectFiles();
    // Every secret in every form it could be written in, searched everywhere; `allowedInStdout` (the
    // token the command prints by design) only outside stdout.
    void sweep(const QStringList &secrets, const QStringList &allowedInStdout = {});

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<QTemporaryDir> m_home; // XDG_* and TMPDIR of the CLI
    QList<Evidence> m_evidence;
};

void TestLeakSweep::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->setCaptchaKey(QStringLiteral("Kq7zXcaptchakey"));
    m_cli = std::make_unique<CliRunner>(*m_fake);
    m_home = std::make_unique<QTemporaryDir>();
    for (const char *dir : {"config", "cache", "data", "tmp"})
        QVERIFY(QDir(m_home->path()).mkpath(QString::fromLatin1(dir)));
    auto &env = m_cli->env();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vkauth.*=true"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("TMPDIR"), m_home->filePath(QStringLiteral("tmp")));
    m_evidence.clear();
}

void TestLeakSweep::cleanup()
{
    m_cli.reset();
    m_fake.reset();
    m_home.reset();
}

fakevk::Account TestLeakSweep::account(qint64 userId) const
{
    fakevk::Account a;
    a.userId = userId;
    a.login = QStringLiteral("sweep%1@example.org").arg(userId);
    a.phone = QStringLiteral("79991234567");
    a.password = QStringLiteral("Zq9!pass word+&=secret%1").arg(userId);
    a.email = a.login;
    a.otp = QStringLiteral("731905");
    return a;
}

void TestLeakSweep::snapshotProcess(const QProcess &p, const QString &when)
{
    for (const char *part : {"cmdline", "environ"}) {
        QFile file(QStringLiteral("/proc/%1/%2").arg(p.processId()).arg(QLatin1String(part)));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_evidence << Evidence {QStringLiteral("%1 %2").arg(QLatin1String(part), when), file.readAll()};
    }
}

void TestLeakSweep::collectFiles()
{
    for (const QString &root : {m_cli->dataDir(), m_home->path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                m_evidence << Evidence {QStringLiteral("file %1").arg(file.fileName()), file.readAll()};
        }
    }
}

void TestLeakSweep::sweep(const QStringList &secrets, const QStringList &allowedInStdout)
{
    collectFiles();
    QVERIFY(!m_evidence.isEmpty());
    for (const QString &secret : secrets + allowedInStdout) {
        QVERIFY2(secret.size() >= 6, qPrintable(QStringLiteral("a weak needle: %1").arg(secret)));
        const QList<QByteArray> forms {secret.toUtf8(), QUrl::toPercentEncoding(secret),
            secret.toUtf8().toBase64(), QUrl::toPercentEncoding(secret).replace("%20", "+")};
        for (const Evidence &e : std::as_const(m_evidence)) {
            if (e.what == u"stdout" && allowedInStdout.contains(secret))
                continue;
            for (const QByteArray &form : forms)
                QVERIFY2(!e.bytes.contains(form),
                    qPrintable(QStringLiteral("%1 found in %2").arg(secret, e.what)));
        }
    }
}

// Captcha, then the authenticator code; then the same account again with --profile, which sends the
// trusted hash kept from the first sign-in.
void TestLeakSweep::directWithCaptchaAndTwoFactor()
{
    auto a = account(9300000001LL);
    a.captchasBeforeLogin = 1;
    a.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(a);
    const QStringList args {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"),
        a.login, QStringLiteral("--password-stdin"), QStringLiteral("--json"), QStringLiteral("--label"),
        QStringLiteral("sweep")};
    auto p = m_cli->start(args);
    p->write(a.password.toUtf8() + '\n');
    QByteArray err;
    QVERIFY2(CliRunner::waitForErr(*p, err, "Type the characters"), err.constData());
    snapshotProcess(*p, QStringLiteral("at the captcha"));
    collectFiles(); // the captcha image exists only now
    p->write(m_fake->captchaKey().toUtf8() + '\n');
    QVERIFY2(CliRunner::waitForErr(*p, err, "Code"), err.constData());
    snapshotProcess(*p, QStringLiteral("at the code"));
    const CliResult first = CliRunner::finish(*p, a.otp.toUtf8() + '\n');
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    m_evidence << Evidence {QStringLiteral("stderr"), err + first.err}
               << Evidence {QStringLiteral("stdout"), first.out};

    // Again through the kept profile: the trusted hash goes to VK, nowhere else.
    auto again = m_cli->start({QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--profile"),
        QStringLiteral("sweep"), QStringLiteral("--password-stdin"), QStringLiteral("--json")});
    QVERIFY(again->waitForStarted());
    snapshotProcess(*again, QStringLiteral("second login"));
    // The fake asks its captcha again; the code is not asked (the trusted hash skips it).
    const CliResult second
        = CliRunner::finish(*again, a.password.toUtf8() + '\n' + m_fake->captchaKey().toUtf8() + '\n');
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    m_evidence << Evidence {QStringLiteral("stderr"), second.err}
               << Evidence {QStringLiteral("stdout"), second.out};
    const CliResult list = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    m_evidence << Evidence {QStringLiteral("stdout list"), list.out}
               << Evidence {QStringLiteral("stderr list"), list.err};

    const auto tokenRequests = m_fake->requests(QStringLiteral("/token"));
    QVERIFY(!tokenRequests.isEmpty());
    QUrlQuery last(tokenRequests.last().url);
    for (const auto &[name, value] :
        QUrlQuery(QString::fromUtf8(tokenRequests.last().body)).queryItems(QUrl::FullyDecoded))
        last.addQueryItem(name, value);
    const QString trustedHash = last.queryItemValue(QStringLiteral("trusted_hash"), QUrl::FullyDecoded);
    QVERIFY2(!trustedHash.isEmpty(), "the second sign-in sent the kept trusted hash");
    sweep({a.password, m_fake->captchaKey(), a.otp, trustedHash}, m_fake->issuedTokens());
}

// The verification pages (security check with the phone's digits, then the two-factor code).
void TestLeakSweep::verificationPages()
{
    auto a = account(9300000002LL);
    a.securityCheck = true;
    a.authcheckOnVerification = true;
    a.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(a);
    const QUrl start = m_fake->startVerification(a.userId, 65536);
    auto p = m_cli->start({QStringLiteral("verify"), start.toString(), QStringLiteral("--phone"), a.phone,
        QStringLiteral("--login"), a.login, QStringLiteral("--json")});
    QByteArray err;
    QVERIFY2(CliRunner::waitForErr(*p, err, "Code"), err.constData());
    snapshotProcess(*p, QStringLiteral("at the code"));
    const CliResult r = CliRunner::finish(*p, a.otp.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    m_evidence << Evidence {QStringLiteral("stderr"), err + r.err}
               << Evidence {QStringLiteral("stdout"), r.out};
    sweep({a.otp}, m_fake->issuedTokens());
}

// The browser sign-in: the address VK ends on is pasted on stdin (it holds the token).
void TestLeakSweep::browserPaste()
{
    const auto a = account(9300000003LL);
    m_fake->addAccount(a);
    auto p = m_cli->start({QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--app"),
        QStringLiteral("vkAdmin"), QStringLiteral("--scope"), QStringLiteral("friends,offline"),
        QStringLiteral("--json")});
    QByteArray err;
    QVERIFY2(CliRunner::waitForErr(*p, err, "Paste the address"), err.constData());
    snapshotProcess(*p, QStringLiteral("at the paste"));
    const qsizetype at = err.indexOf("  http");
    QVERIFY(at >= 0);
    const QUrl authorize(QString::fromUtf8(err.mid(at, err.indexOf('\n', at) - at)).trimmed());
    const QString state = QUrlQuery(authorize).queryItemValue(QStringLiteral("state"));
    const QString token = m_fake->issueUserToken(a.userId, 2 | 65536);
    QUrl blank = m_fake->oauthBase().resolved(QUrl(QStringLiteral("/blank.html")));
    blank.setFragment(QStringLiteral("access_token=%1&expires_in=0&user_id=%2&state=%3")
                          .arg(token)
                          .arg(a.userId)
                          .arg(state));
    const CliResult r = CliRunner::finish(*p, blank.toEncoded() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(token.toUtf8()));
    m_evidence << Evidence {QStringLiteral("stderr"), err + r.err}
               << Evidence {QStringLiteral("stdout"), r.out};
    sweep({}, m_fake->issuedTokens());
}

QTEST_GUILESS_MAIN(TestLeakSweep)
#include "tst_leaksweep.moc"
