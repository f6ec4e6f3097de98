#include "signin/SignInSession.h"

#include "auth/AccountVerification.h"
#include "auth/DirectAuthorization.h"
#include "auth/ImplicitFlow.h"
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
    }
    m_request.password.clear();
}

void SignInSession::cancel()
{
    m_cancelled = true;
    if (m_direct)
        m_direct->cancel();
    else if (m_verification)
        m_verification->cancel();
    else if (m_api)
        stopNames();
    else if (m_browser)
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

void SignInSession::startDirect()
{
    DirectAuthOptions options;
    options.app = m_request.app;
    options.login = m_request.login;
    options.phone = m_request.phone;
    options.password = m_request.password;
    options.scope = m_request.scope;
    options.apiVersion = m_request.apiVersion;
    options.timeoutMs = m_request.timeoutMs;
    options.headers = m_request.headers;
    options.endpoints = m_request.endpoints();
    showProgress(tr("Signing in to VK…"));
    if (m_request.trustedProfileId.isEmpty() || !m_store) {
        runDirect(options);
        return;
    }
    // The trusted hash is only a shortcut: if the keychain will not give it, VK asks for the code.
    m_store->readSecrets(m_request.trustedProfileId, this,
        [this, options](
            const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &error) {
            DirectAuthOptions trusted = options;
            if (secrets && !error)
                trusted.trustedHash = secrets->trustedHash;
            else
                qCInfo(lcSignInSession) << "no trusted hash from the keychain; two-factor may be asked";
            if (m_cancelled)
                flowFinished(AuthOutcome::failure(AuthErrorCode::Cancelled));
            else
                runDirect(trusted);
        });
}

void SignInSession::runDirect(const DirectAuthOptions &options)
{
    qCInfo(lcSignInSession) << "password sign-in with app" << options.app.key
                            << (options.trustedHash.isEmpty() ? "" : "and a trusted hash");
    m_direct = std::make_unique<DirectAuthorization>(options, &m_prompter);
    connect(m_direct.get(), &DirectAuthorization::progress, this, &SignInSession::showProgress);
    connect(m_direct.get(), &DirectAuthorization::finished, this, &SignInSession::flowFinished);
    m_direct->start();
}

void SignInSession::startVerification()
{
    VerificationOptions options;
    options.login = m_request.login;
    options.phone = m_request.phone;
    options.timeoutMs = m_request.timeoutMs;
    options.headers = m_request.headers;
    options.endpoints = m_request.endpoints();
    qCInfo(lcSignInSession) << "account verification from a link";
    m_verification = std::make_unique<AccountVerification>(options, &m_prompter);
    connect(m_verification.get(), &AccountVerification::progress, this, &SignInSession::showProgress);
    connect(m_verification.get(), &AccountVerification::finished, this, &SignInSession::flowFinished);
    showProgress(tr("Opening the verification link…"));
    m_verification->start(m_request.verificationLink);
}

void SignInSession::startBrowser()
{
    ImplicitFlowOptions options;
    options.app = m_request.app;
    options.groupIds
        = m_request.method == SignInRequest::Method::BrowserCommunity ? m_request.groupIds : QList<qint64> {};
    options.scope = m_request.scope;
    options.apiVersion = m_request.apiVersion;
    options.state = ImplicitFlow::newState();
    options.endpoints = m_request.endpoints();
    qCInfo(lcSignInSession) << "browser sign-in with app" << options.app.key << "for"
                            << options.groupIds.size() << "communities";
    m_browser = new BrowserDialog(options, m_request.login, m_window);
    m_browser->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_browser, &BrowserDialog::finished, this, &SignInSession::flowFinished);
    m_browser->open();
    m_browser->start();
}

void SignInSession::flowFinished(const AuthOutcome &outcome)
{
    m_outcome = outcome;
    // Let the flow return from its signal before it is destroyed.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_direct.reset();
            m_verification.reset();
            if (m_outcome.ok() && !m_cancelled)
                fetchNames();
            else
                finish({});
        },
        Qt::QueuedConnection);
}

void SignInSession::fetchNames()
{
    showProgress(m_outcome.tokens.size() == 1 && m_outcome.tokens.first().kind == TokenKind::User
            ? tr("Reading the account name…")
            : tr("Reading the community names…"));
    NetworkContext context;
    context.endpoints = m_request.endpoints();
    context.apiVersion = m_request.apiVersion;
    context.timeoutMs = m_request.timeoutMs;
    m_api = std::make_unique<VkApi>(context);
    m_api->owners(m_outcome.tokens, [this](const QList<AccountName> &names, const QString &problem) {
        if (!problem.isEmpty())
            qCInfo(lcSignInSession) << "some names could not be read";
        QMetaObject::invokeMethod(
            this, [this, names] { finish(names); }, Qt::QueuedConnection);
    });
}

// Cancelled while the names were read: the tokens are kept, without names.
void SignInSession::stopNames()
{
    m_api->abortAll();
    QList<AccountName> names;
    for (const ObtainedToken &t : std::as_const(m_outcome.tokens))
        names << AccountName {t.kind, t.vkId, {}, {}};
    QMetaObject::invokeMethod(
        this, [this, names] { finish(names); }, Qt::QueuedConnection);
}

void SignInSession::finish(const QList<AccountName> &names)
{
    if (m_finished)
        return;
    m_finished = true;
    m_api.reset();
    if (m_progress)
        m_progress->finish();
    qCInfo(lcSignInSession) << "sign-in ended:"
                            << (m_outcome.ok() ? QStringLiteral("ok") : m_outcome.error->codeName());
    Q_EMIT finished(m_outcome, names);
}

} // namespace vkauth::gui
