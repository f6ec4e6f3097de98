// SPDX-License-Identifier: MIT
#include "auth/AuthFlow.h"

#include "auth/CaptchaImage.h"
#include "auth/Prompter.h"
#include "net/HttpSession.h"
#include "net/UrlPolicy.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFlow, "vkauth.flow")

namespace vkauth {

AuthFlow::AuthFlow(
    const FlowOptions &options, Prompter *prompter, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_prompter(prompter)
    , m_session(new HttpSession(network, this))
{
    m_session->setTimeoutMs(options.timeoutMs);
    m_session->setHeaders(options.headers);
    m_session->setPolicy(UrlPolicy::fromEndpoints(options.endpoints));
}

AuthFlow::~AuthFlow() = default;

void AuthFlow::cancel()
{
    fail(AuthErrorCode::Cancelled);
}

void AuthFlow::finish(const AuthOutcome &outcome)
{
    if (m_ended)
        return;
    m_ended = true;
    closePrompt();
    m_session->abortAll();
    ended(outcome);
    Q_EMIT finished(outcome);
}

void AuthFlow::fail(AuthErrorCode code, const QString &details)
{
    finish(AuthOutcome::failure(code, details));
}

void AuthFlow::failLater(const AuthError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finish(AuthOutcome::failure(error)); }, Qt::QueuedConnection);
}

Prompt *AuthFlow::openPrompt(Prompt *p, const QString &whatWasNotAnswered)
{
    m_prompt = p;
    connect(p, &Prompt::cancelled, this, [this, p, whatWasNotAnswered] {
        if (m_prompt == p)
            fail(AuthErrorCode::Cancelled, whatWasNotAnswered);
    });
    if (p->kind() == Prompt::Kind::Captcha)
        connect(p, &Prompt::captchaRefreshRequested, this, [this, p] { refreshCaptcha(p); });
    return p;
}

void AuthFlow::withCaptchaImage(
    CaptchaChallenge challenge, const std::function<void(const CaptchaChallenge &)> &then)
{
    CaptchaImage::fetch(m_session, challenge.imageUrl, [challenge, then](const QByteArray &image) mutable {
        challenge.image = image;
        then(challenge);
    });
}

void AuthFlow::refreshCaptcha(Prompt *p)
{
    CaptchaImage::refresh(m_session, p, [this, p] { return isOpenPrompt(p); });
}

bool AuthFlow::isOpenPrompt(const Prompt *p) const
{
    return p && m_prompt == p;
}

Prompt *AuthFlow::openPromptNow() const
{
    return m_prompt;
}

void AuthFlow::closePrompt()
{
    if (!m_prompt)
        return;
    m_prompt->withdraw();
    m_prompt->deleteLater();
    m_prompt = nullptr;
}

void AuthFlow::shutDown()
{
    m_ended = true;
    closePrompt();
    m_session->abortAll();
}

} // namespace vkauth
