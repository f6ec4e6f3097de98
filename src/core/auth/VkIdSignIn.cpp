// SPDX-License-Identifier: MIT
#include "auth/VkIdSignIn.h"

#include "auth/ImplicitFlow.h"
#include "auth/LoopbackReceiver.h"
#include "auth/PageRunner.h"
#include "auth/VkIdClient.h"
#include "profiles/ProfileStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcVkIdSignIn, "vkauth.vkid.signin")

namespace vkauth {

VkIdSignIn::VkIdSignIn(const VkIdApp &app, const NetworkContext &network, PageRunner *pages,
    ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_network(network)
    , m_pages(pages)
    , m_store(store)
{
}

VkIdSignIn::~VkIdSignIn()
{
    if (m_pageOpen && m_pages)
        m_pages->cancel();
}

void VkIdSignIn::setPageLook(const QString &title, const QString &hint, quintptr parentWindow)
{
    m_pageTitle = title;
    m_pageHint = hint;
    m_parentWindow = parentWindow;
}

void VkIdSignIn::setSaveResults(bool save)
{
    m_save = save;
}

void VkIdSignIn::setLabel(const QString &label)
{
    m_label = label;
}

void VkIdSignIn::setWaitForKeychain(bool wait)
{
    m_waitForKeychain = wait;
}

void VkIdSignIn::start()
{
    if (!m_pages) {
        AuthError error = AuthError::make(AuthErrorCode::InvalidInput);
        error.message = tr("There is no way to show VK's page here.");
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    if (auto *loopback = qobject_cast<LoopbackReceiver *>(m_pages.data())) {
        QString why;
        const auto served = loopback->listen(m_app.redirectUri, &why);
        if (!served) {
            AuthError error = AuthError::make(AuthErrorCode::InvalidInput);
            error.message = why;
            QMetaObject::invokeMethod(
                this, [this, error] { fail(error); }, Qt::QueuedConnection);
            return;
        }
        if (m_app.redirectUri.port(-1) < 0)
            Q_EMIT notice(tr("The redirect URL names no port; listening on port %1. VK ID accepts only the "
                             "redirect URL registered in the app's settings: register %2 there.")
                              .arg(served->port())
                              .arg(served->toString()));
        m_app.redirectUri = *served;
    }
    m_state = ImplicitFlow::newState(); // 43 characters from the system's generator
    m_pkce = Pkce::generate();
    PageJob job = PageJob::forEndpoints(m_network.endpoints);
    job.url = VkId::authorizeUrl(m_network.endpoints, m_app, m_state, m_pkce.challenge);
    job.catchUrls = {m_app.redirectUri};
    job.title = m_pageTitle;
    job.hint = m_pageHint;
    job.parentWindow = m_parentWindow;
    qCInfo(lcVkIdSignIn) << "VK ID sign-in with app" << m_app.clientId;
    connect(m_pages, &PageRunner::finished, this, &VkIdSignIn::pageEnded);
    connect(m_pages, &QObject::destroyed, this, [this] {
        if (m_pageOpen) {
            m_pageOpen = false;
            fail(AuthError::make(AuthErrorCode::Cancelled));
        }
    });
    m_pageOpen = true;
    Q_EMIT progress(tr("Waiting for the sign-in on VK ID's page…"));
    m_pages->start(job);
}

void VkIdSignIn::cancel()
{
    if (m_finished || m_saving)
        return;
    if (m_pageOpen && m_pages) {
        m_pages->cancel();
        return;
    }
    if (m_client)
        m_client->abortAll();
    fail(AuthError::make(AuthErrorCode::Cancelled));
}

void VkIdSignIn::pageEnded(const PageResult &result)
{
    if (!m_pageOpen)
        return;
    m_pageOpen = false;
    if (result.kind == PageResult::Kind::Error) {
        AuthError error = AuthError::make(AuthErrorCode::AuthorizationFailed);
        error.message = result.message;
        fail(error);
        return;
    }
    if (result.kind != PageResult::Kind::Caught) {
        fail(AuthError::make(AuthErrorCode::Cancelled));
        return;
    }
    // A pasted or caught address: the app's redirect URL, this sign-in's state, then code or error.
    const VkId::Redirect redirect = VkId::parseRedirect(result.url, m_app, m_state);
    if (redirect.error) {
        fail(*redirect.error);
        return;
    }
    Q_EMIT progress(tr("Exchanging the code for tokens…"));
    m_client = std::make_unique<VkIdClient>(m_network, m_app.clientId);
    const QString deviceId = redirect.deviceId;
    m_client->exchangeCode(redirect.code, m_pkce.verifier, deviceId, m_app.redirectUri, m_state,
        [this, deviceId](const VkId::TokenAnswer &answer) {
            m_pkce = {}; // spent
            if (answer.error) {
                exchanged(answer);
                return;
            }
            ObtainedToken token;
            token.kind = TokenKind::User;
            token.vkId = answer.tokens.userId;
            token.token = answer.tokens.accessToken;
            token.expiresIn = answer.tokens.expiresIn;
            token.obtainedAt = QDateTime::currentDateTimeUtc();
            token.app = AppCredentials::custom(m_app.clientId, {});
            token.app.key = QString::fromLatin1(VkIdApp::kAppKey);
            token.app.displayName = QStringLiteral("VK ID");
            token.refreshToken = answer.tokens.refreshToken;
            token.deviceId = deviceId;
            token.refreshExpiresIn = VkId::kRefreshLifetimeSecs;
            token.scopeText = answer.tokens.scope;
            m_result.outcome = AuthOutcome {std::nullopt, {token}};
            exchanged(answer);
        });
}

void VkIdSignIn::exchanged(const VkId::TokenAnswer &answer)
{
    if (answer.error) {
        fail(*answer.error);
        return;
    }
    const ObtainedToken token = m_result.outcome.tokens.first();
    if (!m_save || !m_store) {
        finish();
        return;
    }
    Q_EMIT progress(tr("Reading the account name…"));
    m_client->userName(token.token, [this, token](const QString &name) {
        QMetaObject::invokeMethod(
            this, [this, token, name] { save(token, name); }, Qt::QueuedConnection);
    });
}

void VkIdSignIn::save(const ObtainedToken &token, const QString &name)
{
    m_client.reset();
    if (!m_store)
        return finish();
    m_saving = true;
    m_result.names = {AccountName {token.kind, token.vkId, name, {}}};
    const QString id = m_store->add(token, name);
    if (!m_label.isEmpty())
        m_store->setLabel(id, m_label);
    m_result.profileIds = {id};
    const ProfileStore::SecretState state = m_store->secretState(id);
    if (state == ProfileStore::SecretState::NotSaved)
        m_result.keychainError = m_store->saveError(id);
    if (!m_waitForKeychain || state != ProfileStore::SecretState::Saving)
        return finish();
    connect(m_store, &ProfileStore::secretStateChanged, this,
        [this, id](const QString &changed, ProfileStore::SecretState now) {
            if (changed != id || now == ProfileStore::SecretState::Saving)
                return;
            if (now == ProfileStore::SecretState::NotSaved)
                m_result.keychainError = m_store->saveError(id);
            finish();
        });
}

void VkIdSignIn::fail(const AuthError &error)
{
    m_result.outcome = AuthOutcome::failure(error);
    finish();
}

void VkIdSignIn::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    qCInfo(lcVkIdSignIn) << "VK ID sign-in ended:"
                         << (m_result.outcome.ok() ? QStringLiteral("ok")
                                                   : m_result.outcome.error->codeName());
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
}

} // namespace vkauth
