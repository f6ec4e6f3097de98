// SPDX-License-Identifier: MIT
#pragma once

// Drives the vkauth-webview helper's real page from a test, through its TEST-ONLY variables
// (src/webview/TestDriver.h): the steps go in a file, the helper appends what it saw to a log.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace webviewtest {

// One step: wait until `until` is true on the page, run `run`, log the value of `log`; `close`
// closes the helper's window afterwards (as a person would).
inline QJsonObject step(
    const QString &until, const QString &run = {}, const QString &log = {}, bool close = false)
{
    QJsonObject o {{QStringLiteral("until"), until}};
    if (!run.isEmpty())
        o.insert(QStringLiteral("run"), run);
    if (!log.isEmpty())
        o.insert(QStringLiteral("log"), log);
    if (close)
        o.insert(QStringLiteral("close"), true);
    return o;
}

class Driver
{
public:
    // Sets the variables in this process (the app's helper inherits them) and in `env` if given.
    explicit Driver(const QJsonArray &steps, QProcessEnvironment *env = nullptr)
    {
        QFile file(stepsPath());
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(steps).toJson());
        const QString helper = QStringLiteral(VKAUTH_WEBVIEW_PATH);
        qputenv("VKAUTH_WEBVIEW_TEST_STEPS", stepsPath().toLocal8Bit());
        qputenv("VKAUTH_WEBVIEW_TEST_LOG", logPath().toLocal8Bit());
        qputenv("VKAUTH_WEBVIEW_PATH", helper.toLocal8Bit());
        if (env) {
            env->insert(QStringLiteral("VKAUTH_WEBVIEW_TEST_STEPS"), stepsPath());
            env->insert(QStringLiteral("VKAUTH_WEBVIEW_TEST_LOG"), logPath());
            env->insert(QStringLiteral("VKAUTH_WEBVIEW_PATH"), helper);
        }
    }
    ~Driver()
    {
        qunsetenv("VKAUTH_WEBVIEW_TEST_STEPS");
        qunsetenv("VKAUTH_WEBVIEW_TEST_LOG");
    }
    Driver(const Driver &) = delete;
    Driver &operator=(const Driver &) = delete;

    QString stepsPath() const { return m_dir.filePath(QStringLiteral("steps.json")); }
    QString logPath() const { return m_dir.filePath(QStringLiteral("helper.log")); }

    QStringList log() const
    {
        QFile file(logPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    bool has(const QString &line) const { return log().contains(line); }
    bool waitFor(const QString &line, int timeoutMs = 60000) const
    {
        return QTest::qWaitFor([&] { return has(line); }, timeoutMs);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace webviewtest
