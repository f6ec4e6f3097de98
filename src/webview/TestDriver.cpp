// SPDX-License-Identifier: MIT
#include "TestDriver.h"

#include "AuthWebView.h"
#include "HelperWindow.h"

#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebEngineProfile>
#include <QWindow>

namespace vkauth::webview {

bool TestDriver::enabled()
{
    return !qEnvironmentVariableIsEmpty("VKAUTH_WEBVIEW_TEST_LOG");
}

TestDriver::TestDriver(HelperWindow *window)
    : QObject(window)
    , m_window(window)
    , m_log(qEnvironmentVariable("VKAUTH_WEBVIEW_TEST_LOG"))
{
    m_log.open(QIODevice::Append | QIODevice::Text);
    QFile steps(qEnvironmentVariable("VKAUTH_WEBVIEW_TEST_STEPS"));
    if (steps.open(QIODevice::ReadOnly))
        m_steps = QJsonDocument::fromJson(steps.readAll()).array();
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openExternally");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openExternally");
    AuthWebView *web = window->webView();
    write(QStringLiteral("offTheRecord %1").arg(web->profile()->isOffTheRecord() ? 1 : 0));
    write(QStringLiteral("title %1").arg(window->windowTitle()));
    connect(web, &AuthWebView::loadSucceeded, this, [this, web](const QUrl &url) {
        write(QStringLiteral("loaded %1%2").arg(url.host(), url.path()));
        write(QStringLiteral("address %1").arg(web->addressText()));
        write(QStringLiteral("lock %1").arg(web->lockToolTip()));
    });
    connect(web->page(), &AuthWebPage::navigationRefused, this,
        [this](const QUrl &url) { write(QStringLiteral("refused %1").arg(url.toString())); });
    connect(&m_timer, &QTimer::timeout, this, &TestDriver::poll);
    m_timer.start(100);
}

TestDriver::~TestDriver()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestDriver::openExternally(const QUrl &url)
{
    write(QStringLiteral("external %1").arg(url.toString()));
}

void TestDriver::poll()
{
    if (!m_shownLogged && m_window->isVisible()) {
        m_shownLogged = true;
        const QWindow *handle = m_window->windowHandle();
        write(QStringLiteral("transient %1").arg(handle && handle->transientParent() ? 1 : 0));
    }
    if (m_busy || m_next >= m_steps.size())
        return;
    const QJsonObject step = m_steps.at(m_next).toObject();
    m_busy = true;
    const QString until = step.value(QStringLiteral("until")).toString(QStringLiteral("true"));
    m_window->webView()->page()->runJavaScript(until, [this, step](const QVariant &ready) {
        if (!ready.toBool()) {
            m_busy = false;
            return;
        }
        const int index = m_next++;
        QWebEnginePage *page = m_window->webView()->page();
        page->runJavaScript(step.value(QStringLiteral("run")).toString(QStringLiteral("true")),
            [this, index, step](const QVariant &) {
                const QString log = step.value(QStringLiteral("log")).toString();
                const bool close = step.value(QStringLiteral("close")).toBool();
                if (log.isEmpty()) {
                    write(QStringLiteral("step %1").arg(index));
                    m_busy = false;
                    if (close)
                        m_window->close();
                    return;
                }
                m_window->webView()->page()->runJavaScript(log, [this, index, close](const QVariant &value) {
                    write(QStringLiteral("step %1 %2").arg(index).arg(value.toString()));
                    m_busy = false;
                    if (close)
                        m_window->close();
                });
            });
    });
}

void TestDriver::write(const QString &line)
{
    m_log.write(line.toUtf8() + '\n');
    m_log.flush();
}

} // namespace vkauth::webview
