// SPDX-License-Identifier: MIT
#pragma once

#include "auth/SignIn.h"
#include "auth/VkId.h"
#include "net/NetworkContext.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace vkauth {

class PageRunner;
class ProfileStore;
class VkIdClient;
struct PageResult;

// One VK ID sign-in (OAuth 2.1 + PKCE, PROTOCOL.md "VK ID"), the same for every front: a fresh PKCE
// pair and state, the authorize page shown by the front's PageRunner — the web-view helper (the
// redirect caught in the view, never loaded), a LoopbackReceiver (the system browser, RFC 8252), or a
// page the person pastes the address from — the redirect checked (state required and equal), the code
// exchanged with the verifier and device id (no client secret), the account's name read, and the
// tokens kept as a profile (access token, refresh token and device id in the secret store). One run
// per object: start(), then exactly one finished(), later.
class VkIdSignIn : public QObject
{
    Q_OBJECT
public:
    // pages and store must outlive the sign-in (pages may go first: that cancels it); store null: the
    // tokens are only handed back.
    VkIdSignIn(const VkIdApp &app, const NetworkContext &network, PageRunner *pages, ProfileStore *store,
        QObject *parent = nullptr);
    ~VkIdSignIn() override;

    void setPageLook(const QString &title, const QString &hint, quintptr parentWindow = 0);
    void setSaveResults(bool save); // default true
    void setLabel(const QString &label);
    void setWaitForKeychain(bool wait); // finished() only once the secrets are kept (or refused)

    void start();
    void cancel(); // finished(Cancelled) follows unless the tokens are already being saved
    // The app as used: a LoopbackReceiver may have filled in the redirect URL's port.
    const VkIdApp &app() const { return m_app; }

Q_SIGNALS:
    void progress(const QString &status); // translated
    void notice(const QString &message);
    void finished(const vkauth::SignInResult &result);

private:
    void pageEnded(const PageResult &result);
    void exchanged(const VkId::TokenAnswer &answer);
    void save(const ObtainedToken &token, const QString &name);
    void fail(const AuthError &error);
    void finish();

    VkIdApp m_app;
    NetworkContext m_network;
    QPointer<PageRunner> m_pages;
    QPointer<ProfileStore> m_store;
    QString m_pageTitle;
    QString m_pageHint;
    quintptr m_parentWindow = 0;
    QString m_label;
    bool m_save = true;
    bool m_waitForKeychain = false;
    bool m_pageOpen = false;
    bool m_saving = false;
    bool m_finished = false;
    QString m_state;
    Pkce m_pkce;
    std::unique_ptr<VkIdClient> m_client;
    SignInResult m_result;
};

} // namespace vkauth
