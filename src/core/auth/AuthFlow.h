// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthResult.h"
#include "auth/Prompter.h"
#include "net/NetworkContext.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace vkauth {

class HttpSession;

// What every flow that talks to VK over HTTP is told: whose account, how long to wait, what to send.
struct FlowOptions
{
    QString login; // e-mail or phone; also tells the phone when the login is one
    QString phone; // full number (direct login, the security check)
    int timeoutMs = NetworkContext::kDefaultTimeoutMs; // per request
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers
    Endpoints endpoints = Endpoints::fromEnvironment();
};

// The part DirectAuthorization and AccountVerification share: one HttpSession (with the options'
// timeout and URL policy), at most one open question to the front, and the one ending — finish()
// withdraws the question, aborts what is in flight and emits finished() once. A flow keeps its own
// Q_ENUM state and moves it to Finished in ended().
class AuthFlow : public QObject
{
    Q_OBJECT
public:
    ~AuthFlow() override;

    void cancel(); // aborts what is in flight and withdraws an open prompt; finished(Cancelled) follows

Q_SIGNALS:
    void progress(const QString &status); // translated, for a status line
    void finished(const vkauth::AuthOutcome &outcome);

protected:
    // The Prompter must outlive the flow. A null manager: the process's one, with a fresh cookie jar
    // (HttpSession).
    AuthFlow(const FlowOptions &options, Prompter *prompter, QNetworkAccessManager *network, QObject *parent);

    HttpSession *session() const { return m_session; }
    Prompter *prompter() const { return m_prompter; }
    bool hasEnded() const { return m_ended; }

    void finish(const AuthOutcome &outcome); // once; ended() runs just before finished() is emitted
    void fail(AuthErrorCode code, const QString &details = {});
    // finish() with a problem found before anything was sent, from the event loop (start() returns first).
    void failLater(const AuthError &error);
    // Makes p the open question; when the front cancels it, the flow fails (Cancelled) with
    // whatWasNotAnswered. Then ask the prompter (which may answer at once).
    Prompt *openPrompt(Prompt *p, const QString &whatWasNotAnswered);
    bool isOpenPrompt(const Prompt *p) const;
    Prompt *openPromptNow() const;
    void closePrompt();
    // The captcha's image fetched with this flow's session (an http(s) address only), then `then`
    // with it (without it when the fetch failed: the front shows what it can). A captcha prompt opened
    // with openPrompt() fetches a new image the same way when the front asks for one.
    void withCaptchaImage(
        CaptchaChallenge challenge, const std::function<void(const CaptchaChallenge &)> &then);
    // For the subclass's destructor (while its own state still exists): no finished(), no prompt, no
    // requests.
    void shutDown();

    virtual void ended(const AuthOutcome &outcome) = 0;

private:
    Prompter *m_prompter;
    HttpSession *m_session;
    QPointer<Prompt> m_prompt;
    bool m_ended = false;

    void refreshCaptcha(Prompt *p);
};

} // namespace vkauth
