// SPDX-License-Identifier: MIT
#include "CliRunner.h"
#include "FakeVk.h"

#include <QJsonObject>
#include <QTest>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace clitest;

// vkauth-cli on a real terminal: stdin is the slave side of a pseudo-terminal the test holds the
// master of, so it sees exactly what the terminal would echo. The password and the two-factor code
// are typed without echo, and the echo is back on afterwards.
class TestCliTerminal : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void secretsAreNotEchoed();

private:
    QByteArray readMaster();

    int m_master = -1;
    int m_slave = -1;
    char m_slaveName[128] = {};
};

void TestCliTerminal::init()
{
    QVERIFY(startCli());
    m_master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(m_master >= 0);
    QVERIFY(grantpt(m_master) == 0 && unlockpt(m_master) == 0);
    QVERIFY(ptsname_r(m_master, m_slaveName, sizeof m_slaveName) == 0);
    // Held open here too, so the terminal outlives the child and echo can be checked afterwards.
    m_slave = open(m_slaveName, O_RDWR | O_NOCTTY);
    QVERIFY(m_slave >= 0);
    fcntl(m_master, F_SETFL, fcntl(m_master, F_GETFL) | O_NONBLOCK);
}

void TestCliTerminal::cleanup()
{
    if (m_slave >= 0)
        close(m_slave);
    if (m_master >= 0)
        close(m_master);
    m_slave = m_master = -1;
    stopCli();
}

QByteArray TestCliTerminal::readMaster()
{
    QByteArray all;
    char buffer[4096];
    ssize_t n;
    while ((n = read(m_master, buffer, sizeof buffer)) > 0)
        all.append(buffer, n);
    return all;
}

void TestCliTerminal::secretsAreNotEchoed()
{
    fakevk::Account a;
    a.userId = 9200000001LL;
    a.login = QStringLiteral("tty@example.org");
    a.password = QStringLiteral("tty-password-42");
    a.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(a);

    QProcess cli;
    cli.setProcessEnvironment(m_cli->env());
    const char *slaveName = m_slaveName;
    // Not made the controlling terminal: the child's exit would hang it up for the check below.
    cli.setChildProcessModifier([slaveName] {
        const int tty = open(slaveName, O_RDWR | O_NOCTTY);
        if (tty >= 0) {
            dup2(tty, STDIN_FILENO);
            close(tty);
        }
    });
    cli.start(CliRunner::program(),
        {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"), a.login,
            QStringLiteral("--json"), QStringLiteral("--no-save")});
    QByteArray err;
    QVERIFY2(CliRunner::waitForErr(cli, err, "Password for tty@example.org"), err.constData());
    QVERIFY(write(m_master, "tty-password-42\n", 16) == 16);
    QVERIFY2(CliRunner::waitForErr(cli, err, "Code:"), err.constData());
    QVERIFY(write(m_master, "123456\n", 7) == 7);
    const CliResult r = CliRunner::finish(cli);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QString::fromUtf8(err)));
    QVERIFY(m_fake->isValidToken(r.json().object().value(QStringLiteral("token")).toString()));

    const QByteArray echoed = readMaster();
    QVERIFY2(!echoed.contains("tty-password-42"), echoed.constData());
    QVERIFY2(!echoed.contains("123456"), echoed.constData());

    // Echo is back on: the same terminal now shows what is typed (the positive control).
    termios settings;
    QVERIFY(tcgetattr(m_slave, &settings) == 0);
    QVERIFY(settings.c_lflag & ECHO);
    QVERIFY(write(m_master, "visible\n", 8) == 8);
    QByteArray shown;
    QTRY_VERIFY2((shown += readMaster()).contains("visible"), shown.constData());
}

QTEST_GUILESS_MAIN(TestCliTerminal)
#include "tst_cliterminal.moc"
