// SPDX-License-Identifier: MIT
#include "signin/SignInSession.h"

#include "profiles/ProfileStore.h"
#include "signin/BrowserDialog.h"
#include "signin/ProgressDialog.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSignInSession, "vkauth.gui.signin")

namespace vkauth::gui {

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
    const bool browser = m_request.method == SignInRequest::Method::BrowserUser
        || m_request.method == SignInRequest::Method::BrowserCommunity;
    if (browser) {
        const qsizetype communities
            = m_request.method == SignInRequest::Method::BrowserCommunity ? m_request.groupIds.size() : 0;
        m_browser = new BrowserDialog(communities, m_window);
        m_browser->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_signIn
        = new SignIn(m_request, &m_prompter, m_browser ? m_browser->pageRunner() : nullptr, m_store, this);
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
        m_prompter.setParentWidget(m_progress);
        m_progress->open();
    }
    m_progress->setStatus(status);
    Q_EMIT progress(status);
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
