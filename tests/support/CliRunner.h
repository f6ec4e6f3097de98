// SPDX-License-Identifier: MIT
#pragma once

#include "FakeVk.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace clitest {

// One run of the built vkauth-cli.
struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString errorCode() const
    {
        return json()
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

// Runs the real binary (VKAUTH_CLI_PATH) against the in-process fake VK: all four VKAUTH_*_URL point
// at the fake and VKAUTH_DATA_DIR at a private folder. The keychain is the session's (scripts/test).
// The test's event loop keeps running while the child runs, so the fake can answer it.
class CliRunner
{
public:
    explicit CliRunner(const fakevk::FakeVk &fake)
    {
        const QString base = fake.baseUrl().toString();
        m_env = QProcessEnvironment::systemEnvironment();
        for (const char *var :
            {"VKAUTH_OAUTH_URL", "VKAUTH_LOGIN_URL", "VKAUTH_SITE_URL", "VKAUTH_API_URL", "VKAUTH_ID_URL"})
            m_env.insert(QString::fromLatin1(var), base);
        m_env.insert(QStringLiteral("VKAUTH_DATA_DIR"), m_dataDir.path());
        m_env.remove(QStringLiteral("VKAUTH_PASSWORD"));
        m_env.remove(QStringLiteral("QT_LOGGING_RULES"));
        // No web-view helper unless a test asks for one (webviewtest::Driver): under Xvfb the CLI
        // would otherwise open VK's pages in a window that waits for a person.
        m_env.insert(QStringLiteral("VKAUTH_WEBVIEW_PATH"), QStringLiteral("/nonexistent/vkauth-webview"));
    }

    QProcessEnvironment &env() { return m_env; }
    QString dataDir() const { return m_dataDir.path(); }
    static QString program() { return QStringLiteral(VKAUTH_CLI_PATH); }

    std::unique_ptr<QProcess> start(const QStringList &args, const QString &programPath = program()) const
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(m_env);
        p->start(programPath, args);
        return p;
    }

    // Runs to the end with `input` on stdin (then end of input); a bounded wait, never a hang.
    CliResult run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 30000) const
    {
        auto p = start(args);
        return finish(*p, input, timeoutMs);
    }

    static CliResult finish(QProcess &p, const QByteArray &input = {}, int timeoutMs = 30000)
    {
        QSignalSpy finished(&p, &QProcess::finished);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        CliResult r;
        r.finished = p.state() == QProcess::NotRunning || finished.wait(timeoutMs);
        if (!r.finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // Waits until the child's stderr has shown `text` (it is then waiting for an answer).
    static bool waitForErr(QProcess &p, QByteArray &seen, const QByteArray &text, int timeoutMs = 15000)
    {
        QSignalSpy ready(&p, &QProcess::readyReadStandardError);
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            seen += p.readAllStandardError();
            if (seen.contains(text))
                return true;
            if (p.state() == QProcess::NotRunning || clock.elapsed() > timeoutMs)
                return false;
            ready.wait(int(qMax<qint64>(1, timeoutMs - clock.elapsed())));
        }
    }

private:
    QTemporaryDir m_dataDir;
    QProcessEnvironment m_env;
};

// The set-up every CLI test repeats: a fresh fake VK and a runner pointed at it for each test function.
// Mixed into a test class (next to QObject): startCli() from init(), stopCli() from cleanup().
class CliFixture
{
protected:
    bool startCli()
    {
        m_fake = std::make_unique<fakevk::FakeVk>();
        if (!m_fake->start())
            return false;
        m_cli = std::make_unique<CliRunner>(*m_fake);
        return true;
    }
    void stopCli()
    {
        m_cli.reset();
        m_fake.reset();
    }

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<CliRunner> m_cli;
};

} // namespace clitest
