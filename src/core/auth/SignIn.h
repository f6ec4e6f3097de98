// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthResult.h"
#include "auth/SignInRequest.h"
#include "net/VkApi.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace vkauth {

class AccountVerification;
class DirectAuthorization;
class PageRunner;
class ProfileStore;
class Prompter;
class VkIdSignIn;
struct DirectAuthOptions;
struct ImplicitFlowOptions;
struct PageResult;

// How a sign-in ended: the flow's outcome, and what became of its tokens.
struct SignInResult
{
    AuthOutcome outcome;
    QList<AccountName> names; // one per token when they were looked up (empty names when VK would not say)
    QStringList profileIds; // one per token when they were saved
    QString keychainError; // waitForKeychain: why the first secret could not be kept (translated)
    // VK refused the app (AppRefusal): the working app to retry with, when the table knows one.
    std::optional<AppCredentials> suggestedApp;
};

// One sign-in, orchestrated the same for the desktop and vkauth-cli: picks the flow the request names
// (direct, browser for a user or for communities, a verification link, VK ID through VkIdSignIn), makes the
// browser's `state`, reads a kept profile's trusted hash (only when it fits the login), asks VK whose tokens
// it got and keeps them as profiles (communities under the account whose token came along). The fronts give
// it their Prompter (questions), their PageRunner (VK's page: a window, or an address the user pastes) and
// the store; they only show progress and the result. One run per object: start(), then exactly one
// finished(), later.
class SignIn : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, ReadingTrustedHash, SigningIn, LookingUpOwners, Saving, Finished };
    Q_ENUM(State)

    // prompter and pages must outlive the sign-in (pages may go first: that cancels it); pages is
    // needed only by the browser methods. store: the trusted hash comes from it and the profiles go to
    // it; null: neither.
    SignIn(const SignInRequest &request, Prompter *prompter, PageRunner *pages, ProfileStore *store,
        QObject *parent = nullptr);
    ~SignIn() override;

    // How VK's page is presented (the window title, a hint above it, the window it belongs to).
    void setPageLook(const QString &title, const QString &hint, quintptr parentWindow = 0);
    void setSaveResults(bool save); // default true; false: the tokens are only handed back
    void setLabel(const QString &label); // for the saved profiles; several tokens: "<label>-<vk id>"
    // finished() only once every secret is in the keychain or was refused there (default: at once).
    void setWaitForKeychain(bool wait);

    void start();
    void cancel(); // finished(Cancelled) follows, unless the tokens are already being saved
    State state() const;

    // Which saved account a community token belongs to: the user whose token came along (0: none).
    static qint64 communityOwner(const QList<ObtainedToken> &tokens);

Q_SIGNALS:
    void stateChanged(vkauth::SignIn::State state);
    void progress(const QString &status); // translated, for a status line
    void notice(const QString &message); // something to tell the person that is not an error
    void finished(const vkauth::SignInResult &result);

private:
    void setState(State next);
    void startDirect();
    void runDirect(const DirectAuthOptions &options);
    void startVerification();
    void startBrowser();
    void startVkId(); // the whole VK ID sign-in is VkIdSignIn's; its signals are passed on
    void pageEnded(const ImplicitFlowOptions &options, const PageResult &result);
    void flowFinished(const AuthOutcome &outcome);
    void lookUpOwners();
    void stopOwnerLookup();
    void save(const QList<AccountName> &names);
    void finish();

    SignInRequest m_request;
    Prompter *m_prompter;
    QPointer<PageRunner> m_pages;
    QPointer<ProfileStore> m_store;
    QString m_pageTitle;
    QString m_pageHint;
    quintptr m_parentWindow = 0;
    QString m_label;
    bool m_save = true;
    bool m_waitForKeychain = false;
    bool m_cancelled = false;
    bool m_pageOpen = false; // the page is up and has not answered
    bool m_flowEnded = false;
    State m_state = State::Idle;
    std::unique_ptr<DirectAuthorization> m_direct;
    std::unique_ptr<AccountVerification> m_verification;
    std::unique_ptr<VkApi> m_api;
    std::unique_ptr<VkIdSignIn> m_vkId;
    SignInResult m_result;
    QStringList m_unsettled; // saved profiles whose secret is still on its way to the keychain
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::SignInResult)
