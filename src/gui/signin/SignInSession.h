// SPDX-License-Identifier: MIT
#pragma once

#include "auth/SignIn.h"
#include "auth/SignInRequest.h"
#include "signin/GuiPrompter.h"

#include <QObject>
#include <QPointer>

class QUrl;

namespace vkauth {
class LoopbackReceiver;
class ProfileStore;
} // namespace vkauth

namespace vkauth::gui {

class BrowserDialog;
class ProgressDialog;

// One sign-in from the desktop: the core SignIn (which runs the flow, looks up the names and keeps
// the tokens in the store) with the desktop's ways to show it: a progress dialog, the GUI prompter and,
// for a browser sign-in, the BrowserDialog — or, for VK ID in the system browser, a LoopbackReceiver
// with the page's address shown in the progress dialog. Ends with exactly one finished().
class SignInSession : public QObject
{
    Q_OBJECT
public:
    SignInSession(const SignInRequest &request, QWidget *window, QObject *parent = nullptr);
    ~SignInSession() override;

    // Where the trusted hash comes from and the tokens go; without a store nothing is kept.
    void setProfileStore(ProfileStore *store);
    void start();
    void cancel();

    ProgressDialog *progressDialog() const;
    BrowserDialog *browserDialog() const;

Q_SIGNALS:
    void progress(const QString &status);
    void finished(const vkauth::SignInResult &result);

private:
    void showProgress(const QString &status);
    void showWaiting(const QUrl &pageUrl, bool opened);
    void finish(const SignInResult &result);

    SignInRequest m_request;
    QPointer<QWidget> m_window;
    GuiPrompter m_prompter;
    QPointer<ProgressDialog> m_progress;
    QPointer<BrowserDialog> m_browser;
    QPointer<LoopbackReceiver> m_loopback;
    QPointer<ProfileStore> m_store;
    QPointer<SignIn> m_signIn;
    bool m_finished = false;
};

} // namespace vkauth::gui
