// SPDX-License-Identifier: MIT
#include "auth/SignIn.h"

#include "auth/AccountVerification.h"
#include "auth/AppRefusal.h"
#include "auth/DirectAuthorization.h"
#include "auth/ImplicitFlow.h"
#include "auth/PageRunner.h"
#include "auth/VkIdSignIn.h"
#include "profiles/ProfileStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSignIn, "vkauth.signin")

namespace vkauth {

namespace {

// What every flow takes from the request as it is.
template <class Options> Options flowOptions(const SignInRequest &request)
{
    Options options;
    options.login = request.login;
    options.phone = request.phone;
    options.timeoutMs = request.timeoutMs;
    options.headers = request.headers;
    options.endpoints = request.endpoints();
    return options;
}

} // namespace

SignIn::SignIn(
    const SignInRequest &request, Prompter *prompter, PageRunner *pages, ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_prompter(prompter)
    , m_pages(pages)
    , m_store(store)
{
}

SignIn::~SignIn()
{
    if (m_pageOpen && m_pages)
        m_pages->cancel();
}

void SignIn::setPageLook(const QString &title, const QString &hint, quintptr parentWindow)
{
    m_pageTitle = title;
    m_pageHint = hint;
    m_parentWindow = parentWindow;
}

void SignIn::setSaveResults(bool save)
{
    m_save = save;
}

void SignIn::setLabel(const QString &label)
{
    m_label = label;
}

void SignIn::setWaitForKeychain(bool wait)
{
    m_waitForKeychain = wait;
}

SignIn::State SignIn::state() const
{
    return m_state;
}

void SignIn::setState(State next)
{
    if (m_state == next)
        return;
    m_state = next;
    Q_EMIT stateChanged(next);
}

qint64 SignIn::communityOwner(const QList<ObtainedToken> &tokens)
{
    for (const ObtainedToken &t : tokens) {
        if (t.kind == TokenKind::User)
            return t.vkId;
    }
    return 0;
}

void SignIn::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::SigningIn);
    switch (m_request.method) {
    case SignInRequest::Method::Password:
        startDirect();
        break;
    case SignInRequest::Method::VerificationLink:
        startVerification();
        break;
    case SignInRequest::Method::BrowserUser:
    case SignInRequest::Method::BrowserCommunity:
        startBrowser();
        break;
    case SignInRequest::Method::VkId:
        startVkId();
        break;
    }
    m_request.password.clear();
}

void SignIn::cancel()
{
    if (m_state == State::Finished || m_state == State::Saving)
        return;
    m_cancelled = true;
    if (m_vkId)
        m_vkId->cancel();
    else if (m_direct)
        m_direct->cancel();
    else if (m_verification)
        m_verification->cancel();
    else if (m_pageOpen && m_pages)
        m_pages->cancel();
    else if (m_api)
        stopOwnerLookup();
    else if (m_state == State::Idle)
        flowFinished(AuthOutcome::failure(AuthErrorCode::Cancelled));
}

void SignIn::startVkId()
{
    NetworkContext network;
    network.endpoints = m_request.endpoints();
    network.timeoutMs = m_request.timeoutMs;
    m_vkId = std::make_unique<VkIdSignIn>(m_request.vkIdApp, network, m_pages, m_save ? m_store : nullptr);
    m_vkId->setPageLook(m_pageTitle, m_pageHint, m_parentWindow);
    m_vkId->setSaveResults(m_save);
    m_vkId->setLabel(m_label);
    m_vkId->setWaitForKeychain(m_waitForKeychain);
    connect(m_vkId.get(), &VkIdSignIn::progress, this, &SignIn::progress);
    connect(m_vkId.get(), &VkIdSignIn::notice, this, &SignIn::notice);
    connect(m_vkId.get(), &VkIdSignIn::finished, this, [this](const SignInResult &result) {
        m_result = result;
        finish();
    });
    m_vkId->start();
}

void SignIn::startDirect()
{
    auto options = flowOptions<DirectAuthOptions>(m_request);
    options.app = m_request.app;
    options.password = m_request.password;
    options.scope = m_request.scope;
    options.apiVersion = m_request.apiVersion;

    // The rule: a kept user profile's trusted hash, only for a sign-in with that profile's own login
    // (Profile::trustedHashFits) — never for another account.
    const auto kept = m_store && !m_request.trustedProfileId.isEmpty()
        ? m_store->profile(m_request.trustedProfileId)
        : std::nullopt;
    if (!kept || kept->kind != TokenKind::User || !kept->hasTrustedHash
        || !kept->trustedHashFits(m_request.login, m_request.phone)) {
        runDirect(options);
        return;
    }
    // The trusted hash is only a shortcut: if the keychain will not give it, VK asks for the code.
    setState(State::ReadingTrustedHash);
    Q_EMIT progress(tr("Signing in to VK…"));
    m_store->readSecrets(kept->id, this,
        [this, options](
            const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &error) {
            DirectAuthOptions trusted = options;
            if (secrets && !error)
                trusted.trustedHash = secrets->trustedHash;
            else
                Q_EMIT notice(tr("The trusted hash could not be read from the system keychain; VK may ask "
                                 "for a two-factor code."));
            setState(State::SigningIn);
            if (m_cancelled)
                flowFinished(AuthOutcome::failure(AuthErrorCode::Cancelled));
            else
                runDirect(trusted);
        });
}

void SignIn::runDirect(const DirectAuthOptions &options)
{
    qCInfo(lcSignIn) << "password sign-in with app" << options.app.key
                     << (options.trustedHash.isEmpty() ? "" : "and a trusted hash");
    m_direct = std::make_unique<DirectAuthorization>(options, m_prompter);
    connect(m_direct.get(), &DirectAuthorization::progress, this, &SignIn::progress);
    connect(m_direct.get(), &DirectAuthorization::finished, this, &SignIn::flowFinished);
    m_direct->start();
}

void SignIn::startVerification()
{
    const auto options = flowOptions<VerificationOptions>(m_request);
    qCInfo(lcSignIn) << "account verification from a link";
    m_verification = std::make_unique<AccountVerification>(options, m_prompter);
    connect(m_verification.get(), &AccountVerification::progress, this, &SignIn::progress);
    connect(m_verification.get(), &AccountVerification::finished, this, &SignIn::flowFinished);
    Q_EMIT progress(tr("Opening the verification link…"));
    m_verification->start(m_request.verificationLink);
}

void SignIn::startBrowser()
{
    ImplicitFlowOptions options;
    options.app = m_request.app;
    options.groupIds
        = m_request.method == SignInRequest::Method::BrowserCommunity ? m_request.groupIds : QList<qint64> {};
    options.scope = m_request.scope;
    options.apiVersion = m_request.apiVersion;
    options.state = ImplicitFlow::newState(); // fresh for every sign-in; the answer must carry it
    options.endpoints = m_request.endpoints();
    if (!m_pages) {
        AuthError error = AuthError::make(AuthErrorCode::InvalidInput);
        error.message = tr("There is no way to show VK's page here.");
        QMetaObject::invokeMethod(
            this, [this, error] { flowFinished(AuthOutcome::failure(error)); }, Qt::QueuedConnection);
        return;
    }
    PageJob job = PageJob::forEndpoints(options.endpoints);
    job.url = ImplicitFlow::authorizeUrl(options);
    job.catchUrls = PageJob::blankPages(options.endpoints);
    job.login = m_request.login;
    job.title = m_pageTitle;
    job.hint = m_pageHint;
    job.parentWindow = m_parentWindow;
    qCInfo(lcSignIn) << "browser sign-in with app" << options.app.key << "for" << options.groupIds.size()
                     << "communities";
    connect(m_pages, &PageRunner::finished, this,
        [this, options](const PageResult &result) { pageEnded(options, result); });
    // The front may close its page (and the runner with it) without an answer: a cancel.
    connect(m_pages, &QObject::destroyed, this, [this] {
        if (m_pageOpen) {
            m_pageOpen = false;
            flowFinished(AuthOutcome::failure(AuthErrorCode::Cancelled));
        }
    });
    m_pageOpen = true;
    m_pages->start(job);
}

void SignIn::pageEnded(const ImplicitFlowOptions &options, const PageResult &result)
{
    if (!m_pageOpen)
        return;
    m_pageOpen = false;
    switch (result.kind) {
    case PageResult::Kind::Caught:
        flowFinished(ImplicitFlow::parseRedirect(result.url, options));
        return;
    case PageResult::Kind::Error: {
        AuthError error = AuthError::make(AuthErrorCode::AuthorizationFailed);
        error.message = result.message;
        flowFinished(AuthOutcome::failure(error));
        return;
    }
    case PageResult::Kind::Token:
    case PageResult::Kind::Closed:
        flowFinished(AuthOutcome::failure(AuthErrorCode::Cancelled));
        return;
    }
}

void SignIn::flowFinished(const AuthOutcome &outcome)
{
    if (m_flowEnded)
        return;
    m_flowEnded = true;
    m_result.outcome = outcome;
    if (m_result.outcome.error && AppRefusal::isAppRefusal(*m_result.outcome.error)) {
        // Name the app and what works instead, for the permissions asked (users' only).
        const bool direct = m_request.method == SignInRequest::Method::Password;
        const quint32 userScope
            = m_request.method == SignInRequest::Method::BrowserCommunity ? 0 : m_request.scope;
        AppRefusal::explain(*m_result.outcome.error, m_request.app, userScope, direct);
        m_result.suggestedApp = AppRefusal::suggestion(m_request.app, userScope, direct);
    }
    // Let the flow return from its signal before it is destroyed.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_direct.reset();
            m_verification.reset();
            const AuthOutcome &outcome = m_result.outcome;
            if (outcome.ok() && !m_cancelled && m_save && m_store && !outcome.tokens.isEmpty())
                lookUpOwners();
            else
                finish();
        },
        Qt::QueuedConnection);
}

// Whose tokens these are, for the profiles' names. A failed look-up only leaves a name empty.
void SignIn::lookUpOwners()
{
    setState(State::LookingUpOwners);
    const QList<ObtainedToken> &tokens = m_result.outcome.tokens;
    Q_EMIT progress(tokens.size() == 1 && tokens.first().kind == TokenKind::User
            ? tr("Reading the account name…")
            : tr("Reading the community names…"));
    NetworkContext context;
    context.endpoints = m_request.endpoints();
    context.apiVersion = m_request.apiVersion;
    context.timeoutMs = m_request.timeoutMs;
    m_api = std::make_unique<VkApi>(context);
    m_api->owners(tokens, [this](const QList<AccountName> &names, const QString &problem) {
        if (!problem.isEmpty())
            qCInfo(lcSignIn) << "some names could not be read";
        QMetaObject::invokeMethod(
            this, [this, names] { save(names); }, Qt::QueuedConnection);
    });
}

// Cancelled while the names were read: the tokens are kept, without names.
void SignIn::stopOwnerLookup()
{
    m_api->abortAll();
    QList<AccountName> names;
    for (const ObtainedToken &t : std::as_const(m_result.outcome.tokens))
        names << AccountName {t.kind, t.vkId, {}, {}};
    QMetaObject::invokeMethod(
        this, [this, names] { save(names); }, Qt::QueuedConnection);
}

void SignIn::save(const QList<AccountName> &names)
{
    m_api.reset();
    if (!m_store)
        return finish();
    setState(State::Saving);
    m_result.names = names;
    const QList<ObtainedToken> &tokens = m_result.outcome.tokens;
    const qint64 owner = communityOwner(tokens);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const ObtainedToken &t = tokens[i];
        const QString name = i < names.size() ? names[i].name : QString();
        const QString id = m_store->add(t, name, t.kind == TokenKind::Community ? owner : 0);
        if (!m_label.isEmpty())
            m_store->setLabel(
                id, tokens.size() == 1 ? m_label : QStringLiteral("%1-%2").arg(m_label).arg(t.vkId));
        m_result.profileIds << id;
        const ProfileStore::SecretState state = m_store->secretState(id);
        if (state == ProfileStore::SecretState::Saving)
            m_unsettled << id;
        else if (state == ProfileStore::SecretState::NotSaved && m_result.keychainError.isEmpty())
            m_result.keychainError = m_store->saveError(id);
    }
    if (!m_waitForKeychain || m_unsettled.isEmpty())
        return finish();
    connect(m_store, &ProfileStore::secretStateChanged, this,
        [this](const QString &id, ProfileStore::SecretState state) {
            if (state == ProfileStore::SecretState::Saving || !m_unsettled.contains(id))
                return;
            m_unsettled.removeAll(id);
            if (state == ProfileStore::SecretState::NotSaved && m_result.keychainError.isEmpty())
                m_result.keychainError = m_store->saveError(id);
            if (m_unsettled.isEmpty())
                finish();
        });
}

void SignIn::finish()
{
    if (m_state == State::Finished)
        return;
    m_api.reset();
    setState(State::Finished);
    qCInfo(lcSignIn) << "sign-in ended:"
                     << (m_result.outcome.ok() ? QStringLiteral("ok") : m_result.outcome.error->codeName());
    Q_EMIT finished(m_result);
}

} // namespace vkauth
