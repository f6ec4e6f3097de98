// SPDX-License-Identifier: MIT
#include "net/WebViewProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWebViewProcess, "vkauth.net.webview")

namespace vkauth {

namespace {
constexpr qsizetype kMaxAnswer = 64 * 1024;
constexpr int kStopGraceMs = 3000;
const QString kHelperName = QStringLiteral("vkauth-webview");
} // namespace

WebViewProcess::WebViewProcess(QObject *parent)
    : PageRunner(parent)
{
}

WebViewProcess::~WebViewProcess()
{
    if (m_process)
        stop(m_process);
}

void WebViewProcess::stop(QProcess *process)
{
    // The end of its stdin asks the helper to close its window and quit, so QtWebEngine shuts its
    // processes down; a helper that does not go within a few seconds is killed.
    process->disconnect(this);
    process->setParent(nullptr);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QTimer::singleShot(kStopGraceMs, process, [process] { process->kill(); });
    process->closeWriteChannel();
}

QString WebViewProcess::helperPath()
{
    QStringList candidates;
    const QString fromEnv = QString::fromLocal8Bit(qgetenv("VKAUTH_WEBVIEW_PATH"));
    if (!fromEnv.isEmpty())
        candidates << fromEnv;
    const QString dir = QCoreApplication::applicationDirPath();
    candidates << dir + u'/' + kHelperName << dir + QStringLiteral("/../libexec/vkauth/") + kHelperName
               << dir + QStringLiteral("/../webview/") + kHelperName;
    for (const QString &path : candidates) {
        const QFileInfo info(path);
        if (info.isFile() && info.isExecutable())
            return QDir::cleanPath(info.absoluteFilePath());
        if (!fromEnv.isEmpty())
            return {}; // an explicit path that is not there: never fall back silently
    }
    return {};
}

bool WebViewProcess::canShowWindows()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    const bool display = true;
#else
    const bool display
        = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#endif
    return display && !helperPath().isEmpty();
}

QString WebViewProcess::missingHelperMessage()
{
    return QCoreApplication::translate("WebViewProcess",
        "The browser window (vkauth-webview) is not installed, so VK's page cannot be shown here. "
        "Install it with the app, or set VKAUTH_WEBVIEW_PATH.");
}

bool WebViewProcess::isAvailable() const
{
    return !helperPath().isEmpty();
}

void WebViewProcess::start(const PageJob &job)
{
    if (m_running)
        return;
    m_running = true;
    m_out.clear();
    const QString path = helperPath();
    if (path.isEmpty()) {
        qCWarning(lcWebViewProcess) << "the web-view helper is missing";
        QMetaObject::invokeMethod(
            this,
            [this] {
                PageResult r;
                r.kind = PageResult::Kind::Error;
                r.message = missingHelperMessage();
                finish(r);
            },
            Qt::QueuedConnection);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &WebViewProcess::readAnswer);
    connect(m_process, &QProcess::started, this, &WebViewProcess::started);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        PageResult r;
        r.kind = PageResult::Kind::Error;
        r.message = missingHelperMessage();
        finish(r);
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readAnswer();
        if (!m_running)
            return;
        qCInfo(lcWebViewProcess) << "the helper ended without an answer:" << code << status;
        PageResult r;
        r.kind = PageResult::Kind::Error;
        r.message = QCoreApplication::translate(
            "WebViewProcess", "The browser window ended unexpectedly (exit code %1).")
                        .arg(code);
        finish(r);
    });
    qCInfo(lcWebViewProcess) << "starting" << path;
    m_process->start(path, {}, QIODevice::ReadWrite);
    // The job (cookies, login) goes only through the pipe.
    m_process->write(QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact));
    m_process->write("\n"); // stdin stays open: its end asks the helper to stop
}

void WebViewProcess::readAnswer()
{
    if (!m_process || !m_running)
        return;
    m_out += m_process->readAllStandardOutput();
    if (m_out.size() > kMaxAnswer) {
        PageResult r;
        r.kind = PageResult::Kind::Error;
        r.message = QCoreApplication::translate("WebViewProcess", "The browser window answered nonsense.");
        finish(r);
        return;
    }
    const qsizetype end = m_out.indexOf('\n');
    if (end < 0)
        return;
    PageResult r = PageResult::fromJsonLine(m_out.left(end));
    if (r.kind == PageResult::Kind::Error && r.message.isEmpty())
        r.message = QCoreApplication::translate("WebViewProcess", "The browser window answered nonsense.");
    finish(r);
}

void WebViewProcess::cancel()
{
    if (!m_running)
        return;
    PageResult r;
    r.kind = PageResult::Kind::Closed;
    finish(r);
}

void WebViewProcess::finish(const PageResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_out.fill('\0');
    m_out.clear();
    if (m_process) {
        QProcess *process = m_process;
        m_process = nullptr;
        stop(process);
    }
    qCInfo(lcWebViewProcess) << "page ended:" << int(result.kind);
    Q_EMIT finished(result);
}

} // namespace vkauth
