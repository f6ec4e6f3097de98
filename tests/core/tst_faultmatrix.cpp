// SPDX-License-Identifier: MIT
// The fault and hostility matrix (issue 13, "Then prove it"): every way the network or the machine can
// fail ends a sign-in or a store operation within its bound, with a clear error, and nothing lost.
// Network faults come from FakeVk's path faults (slow, dropped, garbage, 500, huge, redirect loop)
// and from FaultServer (502, 429, redirects to another scheme or host, TLS nobody trusts); the
// keychain and the index are broken under the real vkauth-cli.
#include "CliRunner.h"
#include "FakeVk.h"
#include "FaultServer.h"
#include "FlowHarness.h"
#include "QueuePrompter.h"
#include "auth/DirectAuthorization.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vkauth;
using namespace testsupport;
using fakevk::FaultServer;

// The URL policy (issue 13 item 1) comes with the harden branch; until it is merged, a redirect to
// another host or scheme is still followed, and the rows that prove otherwise are expected to fail.
#if __has_include("net/UrlPolicy.h")
constexpr bool kHaveUrlPolicy = true;
#else
constexpr bool kHaveUrlPolicy = false;
#endif

namespace {

enum class Fault {
    Slow,
    Dropped,
    Garbage,
    Http500,
    Huge,
    RedirectLoop,
    Http502,
    Http429,
    RedirectOtherScheme,
    RedirectOtherHost,
    UntrustedTls,
};

constexpr int kTimeoutMs = 1500;

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void signInFaults_data();
    void signInFaults();
    void keychainAbsentKeepsTheToken();
    void corruptIndexIsKeptAside();

private:
    std::unique_ptr<fakevk::FakeVk> m_fake;
};

void TestFaultMatrix::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->setFaultDelayMs(kTimeoutMs * 4);
}

void TestFaultMatrix::cleanup()
{
    m_fake.reset();
}

void TestFaultMatrix::signInFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("slow") << Fault::Slow;
    QTest::newRow("dropped") << Fault::Dropped;
    QTest::newRow("garbage") << Fault::Garbage;
    QTest::newRow("500") << Fault::Http500;
    QTest::newRow("502") << Fault::Http502;
    QTest::newRow("429") << Fault::Http429;
    QTest::newRow("huge") << Fault::Huge;
    QTest::newRow("redirect loop") << Fault::RedirectLoop;
    QTest::newRow("redirect to file://") << Fault::RedirectOtherScheme;
    QTest::newRow("redirect to another host") << Fault::RedirectOtherHost;
    QTest::newRow("tls certificate not trusted") << Fault::UntrustedTls;
}

// A password sign-in whose /token meets the fault: one finished() with an error, within the timeout
// + 1 s, a message for people, no token; nothing reached a host it was redirected to.
void TestFaultMatrix::signInFaults()
{
    QFETCH(Fault, fault);
    const auto account = testAccount();
    m_fake->addAccount(account);
    DirectAuthOptions options = directOptions(*m_fake, account);
    options.timeoutMs = kTimeoutMs;

    std::unique_ptr<FaultServer> server;
    std::unique_ptr<FaultServer> witness; // where a redirect points: must never be reached
    QTemporaryDir dir;
    const auto useServer = [&](FaultServer::Kind kind) {
        server = std::make_unique<FaultServer>(kind);
        QVERIFY2(server->start(), "the fault server did not start (openssl missing?)");
        const QUrl base = server->baseUrl();
        options.endpoints = Endpoints {base, base, base, base};
    };
    switch (fault) {
    case Fault::Slow:
        m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::Slow);
        break;
    case Fault::Dropped:
        m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::DropConnection);
        break;
    case Fault::Garbage:
        m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::NonJson);
        break;
    case Fault::Http500:
        m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::Http500);
        break;
    case Fault::Huge:
        m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::HugeBody);
        break;
    case Fault::RedirectLoop:
        m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::RedirectLoop);
        break;
    case Fault::Http502:
        useServer(FaultServer::Kind::Http502);
        break;
    case Fault::Http429:
        useServer(FaultServer::Kind::Http429);
        break;
    case Fault::RedirectOtherScheme: {
        // A file that reads as a successful /token answer: following the redirect would sign in.
        QFile file(dir.filePath(QStringLiteral("token.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"access_token":"vk1.a.fromafile","user_id":1,"expires_in":0})");
        file.close();
        useServer(FaultServer::Kind::RedirectTo);
        server->setRedirectTarget(QUrl::fromLocalFile(file.fileName()));
        break;
    }
    case Fault::RedirectOtherHost:
        witness = std::make_unique<FaultServer>(FaultServer::Kind::Answer);
        if (!witness->start(QHostAddress(QStringLiteral("127.0.0.2"))))
            QSKIP("127.0.0.2 is not a loopback address here");
        useServer(FaultServer::Kind::RedirectTo);
        server->setRedirectTarget(witness->baseUrl().resolved(QUrl(QStringLiteral("/token?stolen=1"))));
        break;
    case Fault::UntrustedTls:
        useServer(FaultServer::Kind::UntrustedTls);
        break;
    }
    if (QTest::currentTestFailed())
        return;

    QueuePrompter prompter;
    DirectAuthorization flow(options, &prompter);
    OutcomeSpy spy(&flow);
    QElapsedTimer clock;
    clock.start();
    flow.start();
    QVERIFY(spy.wait(kTimeoutMs + 5000));
    const qint64 elapsed = clock.elapsed();

    const bool offSite = fault == Fault::RedirectOtherScheme || fault == Fault::RedirectOtherHost;
    if (offSite && !kHaveUrlPolicy)
        QEXPECT_FAIL("", "issue 13 item 1: redirects are checked by the URL policy (harden branch)", Abort);
    QVERIFY2(!spy.outcome().ok(), "a fault must never end in a token");
    if (witness)
        QCOMPARE(witness->requestCount(), 0); // nothing followed
    if (fault == Fault::UntrustedTls) {
        QVERIFY(server->connectionCount() > 0); // the client did try...
        QCOMPARE(server->requestCount(), 0); // ...and sent nothing over a connection it did not trust
    }
    QVERIFY2(elapsed < kTimeoutMs + 1000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QCOMPARE(spy.count(), 1);
    const AuthError error = *spy.outcome().error;
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(!error.details.isEmpty(), qPrintable(error.codeName()));
    QVERIFY2(!error.details.contains(account.password), qPrintable(error.details));
    QVERIFY(prompter.questions().isEmpty()); // no "continue anyway?" or any other question
    if (fault == Fault::Http502)
        QVERIFY2(error.details.contains(u"502"), qPrintable(error.details));
}

// No D-Bus at all: the sign-in still succeeds, the token is printed rather than lost, the exit code
// says the keychain failed, and it all ends within the keychain's bound.
void TestFaultMatrix::keychainAbsentKeepsTheToken()
{
    const auto account = testAccount();
    m_fake->addAccount(account);
    clitest::CliRunner cli(*m_fake);
    cli.env().insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    QElapsedTimer clock;
    clock.start();
    const clitest::CliResult r
        = cli.run({QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"),
                      account.login, QStringLiteral("--password-stdin"), QStringLiteral("--json")},
            account.password.toUtf8() + '\n', 60000);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(clock.elapsed() < 40000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
    QCOMPARE(r.exitCode, 5); // ExitCode::Keychain
    QVERIFY2(r.err.contains("keychain"), qPrintable(r.describe()));
    const QStringList issued = m_fake->issuedTokens();
    QCOMPARE(issued.size(), 1);
    QVERIFY2(r.out.contains(issued.first().toUtf8()), "the token is printed, not lost");
}

// A damaged profile list: the CLI says so, the damaged file is kept aside byte for byte, and the
// commands still run.
void TestFaultMatrix::corruptIndexIsKeptAside()
{
    clitest::CliRunner cli(*m_fake);
    const QByteArray garbage = "{\"schema\":1,\"profiles\":[{\"id\":\"user-1-2274003\",\"kind\":\x01\xff";
    QFile index(QDir(cli.dataDir()).filePath(QStringLiteral("profiles.json")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(garbage);
    index.close();
    QElapsedTimer clock;
    clock.start();
    const clitest::CliResult r = cli.run({QStringLiteral("list")}, {}, 30000);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
    QVERIFY2(!r.err.isEmpty(), qPrintable(r.describe()));
    const QStringList aside = QDir(cli.dataDir()).entryList({QStringLiteral("profiles.json.damaged-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(QDir(cli.dataDir()).filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
