#pragma once

#include "auth/AuthResult.h"
#include "net/VkApi.h"
#include "signin/GuiPrompter.h"
#include "signin/SignInRequest.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace vkauth {
class AccountVerification;
class DirectAuthorization;
class ProfileStore;
struct DirectAuthOptions;
} // namespace vkauth

namespace vkauth::gui {

class BrowserDialog;
class ProgressDialog;

// One sign-in from the desktop: runs the flow the request names (password, browser, verification
// link) with a progress dialog and the GUI prompter, then asks VK for the account or community names.
// Ends with exactly one finished().
class SignInSession : public QObject
{
    Q_OBJECT
public:
    SignInSession(const SignInRequest &request, QWidget *window, QObject *parent = nullptr);
    ~SignInSession() override;

    // Where a request's trustedProfileId is looked up; without a store no trusted hash is used.
    void setProfileStore(ProfileStore *store);
    void start();
    void cancel();

    ProgressDialog *progressDialog() const;
    BrowserDialog *browserDialog() const;

Q_SIGNALS:
    void progress(const QString &status);
    // names has one entry per token (empty names when VK would not say).
    void finished(const vkauth::AuthOutcome &outcome, const QList<vkauth::AccountName> &names);

private:
    void startDirect();
    void runDirect(const DirectAuthOptions &options);
    void startVerification();
    void startBrowser();
    void showProgress(const QString &status);
    void flowFinished(const AuthOutcome &outcome);
    void fetchNames();
    void stopNames();
    void finish(const QList<AccountName> &names);

    SignInRequest m_request;
    QPointer<QWidget> m_window;
    GuiPrompter m_prompter;
    QPointer<ProgressDialog> m_progress;
    QPointer<BrowserDialog> m_browser;
    QPointer<ProfileStore> m_store;
    std::unique_ptr<DirectAuthorization> m_direct;
    std::unique_ptr<AccountVerification> m_verification;
    std::unique_ptr<VkApi> m_api;
    AuthOutcome m_outcome;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace vkauth::gui
