// SPDX-License-Identifier: MIT
#include "SignInCommand.h"

#include "CommandParser.h"
#include "InputReader.h"
#include "PastePage.h"
#include "TerminalPrompter.h"
#include "TimeoutOption.h"
#include "auth/SignIn.h"
#include "auth/VkIdSignIn.h"
#include "profiles/ProfileStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <unistd.h>

namespace vkauth::cli {

namespace {
bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

bool stdoutIsTerminal()
{
    return isatty(STDOUT_FILENO) == 1;
}

// VK refused the app: the message ends with the flag that retries with the suggested one.
AuthError withRetryHint(AuthError error, const AppCredentials &app)
{
    error.message += QLatin1Char(' ') + SignInCommand::tr("Retry with --app %1.").arg(app.key);
    return error;
}
} // namespace

SignInCommand::SignInCommand(
    Output &output, const Settings &settings, const QString &name, const QString &arguments)
    : Command(output, name, arguments, Needs::Store)
    , m_input(new InputReader(STDIN_FILENO, context()))
    , m_prompter(new TerminalPrompter(m_input, output.err(), context()))
    , m_network(NetworkContext::fromSettings(settings))
    , m_domain(settings.domain)
    , m_defaultApp(settings.defaultApp)
{
    m_prompter->setEndpoints(m_network.endpoints);
}

SignInCommand::~SignInCommand() = default;

Command::Needs SignInCommand::needsFor(const CommandParser &parser) const
{
    return parser.isSet(QStringLiteral("no-save")) ? Needs::Nothing : Needs::Store;
}

QCommandLineOption SignInCommand::valueOption(
    const QString &name, const QString &description, const QString &valueName, const QString &defaultValue)
{
    QCommandLineOption option(name, description, valueName);
    if (!defaultValue.isEmpty())
        option.setDefaultValue(defaultValue);
    return option;
}

QCommandLineOption SignInCommand::flag(const QString &name, const QString &description)
{
    return QCommandLineOption(name, description);
}

void SignInCommand::addSaveOptions(CommandParser &parser)
{
    parser.add(valueOption(QStringLiteral("label"), tr("Name the saved profile (e.g. mybot)."), tr("NAME")));
    parser.add(flag(QStringLiteral("no-save"), tr("Print the token but do not save a profile.")));
    parser.add(flag(QStringLiteral("print-token"),
        tr("Print the token on a terminal too (it is printed anyway when stdout is a pipe or a file).")));
}

QCommandLineOption SignInCommand::scopeOption(const QString &description)
{
    return valueOption(QStringLiteral("scope"), description, tr("SCOPE"), QStringLiteral("all"));
}

QCommandLineOption SignInCommand::apiVersionOption() const
{
    return valueOption(QStringLiteral("api-version"), tr("VK API version."), tr("V"), m_network.apiVersion);
}

std::optional<int> SignInCommand::begin(const CommandParser &parser)
{
    m_label = parser.value(QStringLiteral("label"));
    m_save = !parser.isSet(QStringLiteral("no-save"));
    m_printToken = parser.isSet(QStringLiteral("print-token"));
    if (const auto endpointProblem = m_network.endpoints.validate())
        return m_output.fail(Usage, *endpointProblem);
    return std::nullopt;
}

SignInRequest SignInCommand::baseRequest(SignInRequest::Method method) const
{
    SignInRequest request;
    request.method = method;
    request.domain = m_domain; // the settings' (VKAUTH_*_URL still win)
    request.apiVersion = m_network.apiVersion;
    request.timeoutMs = m_network.timeoutMs;
    return request;
}

std::optional<int> SignInCommand::readTimeout(const CommandParser &parser, SignInRequest &request)
{
    QString problem;
    const auto timeout = TimeoutOption::read(parser, m_network.timeoutMs, &problem);
    if (!timeout)
        return m_output.fail(Usage, problem);
    request.timeoutMs = *timeout;
    return std::nullopt;
}

std::optional<QString> SignInCommand::firstProblem(const SignInRequest &request) const
{
    const QList<SignInProblem> problems = request.validate(false);
    if (problems.isEmpty())
        return std::nullopt;
    if (problems.first().field == SignInProblem::Field::Login)
        return tr("login direct needs --login or --phone.");
    return problems.first().message;
}

void SignInCommand::runSignIn(const SignInRequest &request, PageRunner *pages)
{
    if (m_store) {
        for (const Profile &p : m_store->profiles())
            m_before.insert(p.id, p);
    }
    auto *signIn = new SignIn(request, m_prompter, pages, m_store, context());
    signIn->setSaveResults(m_save);
    signIn->setLabel(m_label);
    signIn->setWaitForKeychain(true); // the exit code says whether the token was kept
    signIn->setPageLook(
        tr("Sign in to VK"), tr("Sign in on VK's page and allow access. The token goes back to vkauth-cli."));
    if (stderrIsTerminal())
        QObject::connect(signIn, &SignIn::progress, context(),
            [this](const QString &status) { m_output.message(status); });
    QObject::connect(
        signIn, &SignIn::notice, context(), [this](const QString &message) { m_output.message(message); });
    QObject::connect(
        signIn, &SignIn::finished, context(), [this](const SignInResult &result) { conclude(result); });
    signIn->start();
}

void SignInCommand::runVkId(const VkIdApp &app, PageRunner *pages)
{
    NetworkContext network = m_network;
    auto *signIn = new VkIdSignIn(app, network, pages, m_save ? m_store : nullptr, context());
    signIn->setSaveResults(m_save);
    signIn->setLabel(m_label);
    signIn->setWaitForKeychain(true);
    signIn->setPageLook(
        tr("Sign in to VK"), tr("Sign in on VK's page and allow access. The token goes back to vkauth-cli."));
    if (stderrIsTerminal())
        QObject::connect(signIn, &VkIdSignIn::progress, context(),
            [this](const QString &status) { m_output.message(status); });
    QObject::connect(signIn, &VkIdSignIn::notice, context(),
        [this](const QString &message) { m_output.message(message); });
    QObject::connect(
        signIn, &VkIdSignIn::finished, context(), [this](const SignInResult &result) { conclude(result); });
    signIn->start();
}

void SignInCommand::readPassword(
    bool fromStdin, const QString &who, const std::function<void(const QString &)> &then)
{
    if (!fromStdin && qEnvironmentVariableIsSet("VKAUTH_PASSWORD")) {
        const QString password = qEnvironmentVariable("VKAUTH_PASSWORD");
        qunsetenv("VKAUTH_PASSWORD");
        then(password);
        return;
    }
    if (!fromStdin && !m_input->isTerminal()) {
        m_loop.finish(m_output.fail(Cancelled,
            tr("No password: stdin is not a terminal. Use --password-stdin "
               "or set VKAUTH_PASSWORD.")));
        return;
    }
    readLine(true, tr("No password could be read: the input ended."), [this, then](const QString &line) {
        if (line.isEmpty())
            m_loop.finish(m_output.fail(Cancelled, tr("No password was given.")));
        else
            then(line);
    });
    // Asked only once the echo is off, so nothing typed in reply shows.
    if (m_input->isTerminal())
        m_output.err() << tr("Password for %1: ").arg(who) << Qt::flush;
}

void SignInCommand::readLine(
    bool secret, const QString &endMessage, const std::function<void(const QString &)> &take)
{
    m_input->readLine(secret, context(), [this, endMessage, take](const std::optional<QString> &line) {
        if (line) {
            take(*line);
            return;
        }
        m_output.err() << '\n';
        m_loop.finish(m_output.fail(Cancelled, endMessage));
    });
}

void SignInCommand::conclude(const SignInResult &result)
{
    const AuthOutcome &outcome = result.outcome;
    if (!outcome.ok()) {
        const AuthError &error = *outcome.error;
        const QString pasteFailure = m_paste ? m_paste->failure() : QString();
        if (error.code == AuthErrorCode::Cancelled && m_prompter->needsBrowser())
            m_loop.finish(
                m_output.fail(NeedsBrowser, QStringLiteral("NEEDS_BROWSER"), m_prompter->failure()));
        else if (error.code == AuthErrorCode::Cancelled && !m_prompter->failure().isEmpty())
            m_loop.finish(m_output.fail(Cancelled, error.codeName(), m_prompter->failure()));
        else if (error.code == AuthErrorCode::Cancelled && !pasteFailure.isEmpty())
            m_loop.finish(m_output.fail(Cancelled, pasteFailure));
        else if (result.suggestedApp)
            m_loop.finish(m_output.fail(withRetryHint(error, *result.suggestedApp)));
        else
            m_loop.finish(m_output.fail(error));
        return;
    }
    if (outcome.tokens.isEmpty()) {
        // The check passed but VK handed no token (blank.html#success=1): sign in again now, or (verify
        // --profile) the kept token is VK's again.
        QJsonObject verified {{QStringLiteral("verified"), true}};
        if (!m_verifiedProfile.isEmpty())
            verified.insert(QStringLiteral("profile"), m_verifiedProfile);
        if (m_output.json())
            m_output.document(verified);
        if (m_verifiedProfile.isEmpty())
            m_output.message(tr("VK accepted the check but gave no token; sign in again now."));
        else
            m_output.message(
                tr("VK accepted the check; the kept token of %1 should work again.").arg(m_verifiedProfile));
        m_loop.finish(Ok);
        return;
    }
    if (!result.keychainError.isEmpty()) {
        QString message = m_backend == SecretBackend::Vault
            ? tr("The token could not be kept in the vault: %1").arg(result.keychainError)
            : tr("The token could not be kept in the system keychain: %1").arg(result.keychainError);
        if (m_backend == SecretBackend::Keychain
            && result.keychainError == SecretError::describe(SecretErrorCode::Unavailable))
            message += u'\n' + noKeychainHint();
        print(outcome, {}, message, true); // not kept: printed, else it would be lost
        m_output.message(QStringLiteral("vkauth-cli: ") + message);
        m_loop.finish(Keychain);
        return;
    }
    // Kept: printed only where a script reads it (stdout not a terminal) or when asked for.
    const bool withToken = result.profileIds.isEmpty() || m_printToken || !stdoutIsTerminal();
    reportSaved(result.profileIds, withToken);
    print(outcome, result.profileIds, {}, withToken);
    m_loop.finish(Ok);
}

void SignInCommand::reportSaved(const QStringList &profileIds, bool tokenPrinted)
{
    const QString where
        = m_backend == SecretBackend::Vault ? tr("in the vault") : tr("in the system keychain");
    QString name; // what "vkauth-cli token" takes for the last one
    for (const QString &id : profileIds) {
        const auto profile = m_store->profile(id);
        if (!profile)
            continue;
        const QString title = printable(profile->title());
        // The label when it is one word and finds just this profile, else the id (always does).
        static const QRegularExpression oneWord(QStringLiteral("^[\\w.@-]+$"));
        const QList<Profile> byLabel = m_store->findAll(profile->label);
        const bool labelWorks
            = oneWord.match(profile->label).hasMatch() && byLabel.size() == 1 && byLabel.first().id == id;
        name = labelWorks ? profile->label : id;
        const auto old = m_before.constFind(id);
        if (old == m_before.cend()) {
            m_output.message(tr("Saved profile \"%1\" (%2) %3.").arg(title, id, where));
            for (const Profile &other : std::as_const(m_before)) {
                if (other.kind == profile->kind && other.vkId == profile->vkId)
                    m_output.message(tr("This account also has profile \"%1\" (%2), for another app.")
                                         .arg(printable(other.title()), other.id));
            }
        } else if (old->label != profile->label) {
            m_output.message(tr("Updated profile \"%1\" (%2) %3, renamed from \"%4\" as --label asked.")
                                 .arg(title, id, where, printable(old->title())));
        } else if (!old->label.isEmpty()) {
            m_output.message(tr("Updated profile \"%1\" (%2) %3; its label is kept (--label changes it).")
                                 .arg(title, id, where));
        } else {
            m_output.message(tr("Updated profile \"%1\" (%2) %3.").arg(title, id, where));
        }
    }
    if (!tokenPrinted && !name.isEmpty())
        m_output.message(
            tr("The token is not shown on a terminal. Print it with: vkauth-cli token %1").arg(name));
}

void SignInCommand::print(
    const AuthOutcome &outcome, const QStringList &profileIds, const QString &keychainError, bool withToken)
{
    const bool community = !outcome.tokens.isEmpty() && outcome.tokens.first().kind == TokenKind::Community;
    if (m_output.json()) {
        QJsonObject result;
        if (community) {
            QJsonArray groups;
            for (const ObtainedToken &t : outcome.tokens) {
                QJsonObject group {
                    {QStringLiteral("group_id"), t.vkId}, {QStringLiteral("expires_in"), t.expiresIn}};
                if (withToken)
                    group.insert(QStringLiteral("token"), t.token);
                groups.append(group);
            }
            result.insert(QStringLiteral("groups"), groups);
        } else {
            const ObtainedToken &t = outcome.tokens.first();
            if (withToken)
                result.insert(QStringLiteral("token"), t.token);
            result.insert(QStringLiteral("user_id"), t.vkId);
            result.insert(QStringLiteral("expires_in"), t.expiresIn);
            if (!t.email.isEmpty())
                result.insert(QStringLiteral("email"), t.email);
        }
        if (!profileIds.isEmpty())
            result.insert(QStringLiteral("profiles"), QJsonArray::fromStringList(profileIds));
        if (!keychainError.isEmpty())
            result.insert(QStringLiteral("error"),
                QJsonObject {{QStringLiteral("code"), Output::codeName(Keychain)},
                    {QStringLiteral("message"), keychainError}});
        m_output.document(result);
        return;
    }
    if (!withToken)
        return;
    for (const ObtainedToken &t : outcome.tokens) {
        if (community)
            m_output.line(QStringLiteral("%1\t%2").arg(t.vkId).arg(t.token));
        else
            m_output.line(t.token);
    }
}

} // namespace vkauth::cli
