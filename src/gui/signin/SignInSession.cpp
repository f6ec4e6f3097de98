// SPDX-License-Identifier: MIT
#include "signin/SignInSession.h"

#include "auth/LoopbackReceiver.h"
#include "net/SystemBrowser.h"
#include "profiles/ProfileStore.h"
#include "signin/BrowserDialog.h"
#include "signin/ProgressDialog.h"

#include <QDesktopServices>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSignInSession, "vkauth.gui.signin")

namespace vkauth::gui {

namespace {

// $BROWSER when set (as the CLI does; tests set it), else the desktop's own way.
bool openInSystemBrowser(const QUrl &url)
{
    if (const auto opened = SystemBrowser::openFromEnvironment(url))
        return *opened;
    return QDesktopServices::openUrl(url);
}

} // namespace

SignInSession::SignInSession(const SignInRequest &request, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_window(window)
    , m_prompter(request.endpoints(), window)
{
}

SignInSession::~SignInSession()
{
    delete m_signIn;
    delete m_progress;
    delete m_browser;
}

ProgressDialog *SignInSession::progressDialog() const
{
    return m_progress;
}

BrowserDialog *SignInSession::browserDialog() const
{
    return m_browser;
}

void SignInSession::setProfileStore(ProfileStore *store)
{
    m_store = store;
}

void SignInSession::start()
{
    if (m_signIn)
        return;
    const bool vkId = m_request.method == SignInRequest::Method::VkId;
    const bool browser = m_request.method == SignInRequest::Method::BrowserUser
        || m_request.method == SignInRequest::Method::BrowserCommunity || (vkId && !m_request.systemBrowser);
    PageRunner *pages = nullptr;
    if (browser) {
        const qsizetype communities
            = m_request.method == SignInRequest::Method::BrowserCommunity ? m_request.groupIds.size() : 0;
        m_browser = new BrowserDialog(communities, m_window);
        m_browser->setAttribute(Qt::WA_DeleteOnClose);
        if (vkId)
            m_browser->setHint(tr("Sign in on VK ID's page and allow access. Its answer is caught on the way "
                                  "to your app's redirect URL, which is never loaded."));
        pages = m_browser->pageRunner();
    } else if (vkId) {
        m_loopback = new LoopbackReceiver(&openInSystemBrowser, this);
        connect(m_loopback, &LoopbackReceiver::waiting, this, &SignInSession::showWaiting);
        pages = m_loopback;
    }
    m_signIn = new SignIn(m_request, &m_prompter, pages, m_store, this);
    m_request.password.clear();
    if (m_browser) {
        QWidget *top = m_window ? m_window->window() : nullptr;
        m_signIn->setPageLook(m_browser->pageTitle(), m_browser->hint(), top ? quintptr(top->winId()) : 0);
        m_browser->open();
    }
    connect(m_signIn, &SignIn::progress, this, &SignInSession::showProgress);
    connect(m_signIn, &SignIn::notice, this,
        [](const QString &message) { qCInfo(lcSignInSession).noquote() << message; });
    connect(m_signIn, &SignIn::finished, this, &SignInSession::finish);
    m_signIn->start();
}

void SignInSession::cancel()
{
    if (m_signIn)
        m_signIn->cancel();
    if (m_browser)
        m_browser->reject();
}

void SignInSession::showProgress(const QString &status)
{
    if (!m_progress) {
        m_progress = new ProgressDialog(m_window);
        connect(m_progress, &ProgressDialog::cancelRequested, this, &SignInSession::cancel);
        connect(m_progress, &ProgressDialog::openAddressRequested, this,
            [this] { openInSystemBrowser(m_progress->address()); });
        m_prompter.setParentWidget(m_progress);
        m_progress->open();
    }
    m_progress->setStatus(status);
    Q_EMIT progress(status);
}

// VK ID in the system browser: the page is out; the address stays at hand in case no browser came up.
void SignInSession::showWaiting(const QUrl &pageUrl, bool opened)
{
    showProgress(opened ? tr("Sign in on VK ID's page in your browser, then come back here. Waiting for "
                             "the answer on 127.0.0.1…")
                        : tr("No browser could be opened. Open this address in your browser; the answer "
                             "is awaited on 127.0.0.1…"));
    m_progress->setAddress(pageUrl);
}

void SignInSession::finish(const SignInResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_progress)
        m_progress->finish();
    Q_EMIT finished(result);
}

} // namespace vkauth::gui
