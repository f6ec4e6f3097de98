// SPDX-License-Identifier: MIT
#include "LoginDirectCommand.h"

#include "CommandParser.h"
#include "InputReader.h"
#include "TimeoutOption.h"
#include "auth/Scopes.h"
#include "profiles/ProfileStore.h"

#include <algorithm>

namespace vkauth::cli {

namespace {
const QString kProfile = QStringLiteral("profile");
const QString kClientSecretStdin = QStringLiteral("client-secret-stdin");
// Stands for the app's secret until it is read from stdin, after every flag was checked.
const QString kSecretOnStdin = QStringLiteral("(stdin)");
} // namespace

LoginDirectCommand::LoginDirectCommand(Output &output, const Settings &settings)
    : SignInCommand(output, settings, QStringLiteral("login direct"), {})
{
}

QString LoginDirectCommand::description() const
{
    return tr("Signs in with a login (or phone) and password through one of VK's official apps.\n"
              "Captcha and two-factor questions are asked on the terminal, or read from stdin one\n"
              "line each when stdin is not a terminal. Saves a profile and prints the token (on a\n"
              "terminal only with --print-token; \"vkauth-cli token PROFILE\" prints it later).\n"
              "The password is typed without echo, read from stdin (--password-stdin) or taken\n"
              "from the VKAUTH_PASSWORD environment variable; never from the command line.");
}

void LoginDirectCommand::addOptions(CommandParser &parser) const
{
    parser.add(valueOption(QStringLiteral("login"), tr("E-mail or phone to sign in with."), tr("LOGIN")));
    parser.add(valueOption(QStringLiteral("phone"),
        tr("Phone number to sign in with (also used for the "
           "security check)."),
        tr("PHONE")));
    parser.add(valueOption(QStringLiteral("app"),
        tr("Official app: android, windows, windowsPhone, iphone, ipad, vkMe (default: the app's\n"
           "default app in Settings, else android)."),
        tr("APP")));
    parser.add(valueOption(QStringLiteral("client-id"), tr("Your own app's id instead of --app."), tr("ID")));
    parser.add(scopeOption(tr("Permissions: all, names (friends,wall,...) or a mask.")));
    parser.add(apiVersionOption());
    parser.add(TimeoutOption::option());
    parser.add(
        valueOption(QStringLiteral("header"), tr("Extra HTTP header, repeatable."), tr("'NAME: VALUE'")));
    parser.add(flag(QStringLiteral("password-stdin"), tr("Read the password from the first line of stdin.")));
    parser.add(flag(kClientSecretStdin,
        tr("Read your own app's secret from the first line of stdin (before the password).")));
    parser.add(valueOption(kProfile,
        tr("Sign in again as a saved profile (id, label or VK id): its login, app and trusted hash (no 2FA "
           "code)."),
        tr("PROFILE")));
    addSaveOptions(parser);
}

Command::Needs LoginDirectCommand::needsFor(const CommandParser &parser) const
{
    return parser.isSet(kProfile) ? Needs::Store : SignInCommand::needsFor(parser);
}

int LoginDirectCommand::execute(const CommandParser &parser, const std::optional<Profile> &)
{
    if (const auto ended = begin(parser))
        return *ended;
    if (!parser.positional().isEmpty())
        return m_output.fail(
            Usage, tr("login direct takes no arguments, got \"%1\".").arg(parser.positional().first()));

    std::optional<Profile> profile;
    if (parser.isSet(kProfile)) {
        const QString query = parser.value(kProfile);
        int exitCode = Ok;
        profile = lookup(*m_store, m_output, query, exitCode);
        if (!profile)
            return exitCode;
        if (profile->kind != TokenKind::User)
            return m_output.fail(
                Usage, tr("Profile \"%1\" is a community; sign in to it with \"login browser\".").arg(query));
    }

    SignInRequest request = baseRequest(SignInRequest::Method::Password);
    request.login = parser.value(QStringLiteral("login"));
    request.phone = parser.value(QStringLiteral("phone"));
    if (profile && request.login.isEmpty() && request.phone.isEmpty())
        request.login = profile->email;
    if (const auto ended = chooseApp(parser, profile, request))
        return *ended;

    const ScopeParseResult scope = Scopes::parse(parser.value(QStringLiteral("scope")), ScopeKind::User);
    if (!scope.mask)
        return m_output.fail(Usage, scope.error);
    request.scope = *scope.mask;
    request.apiVersion = parser.value(QStringLiteral("api-version"));
    if (const auto ended = readTimeout(parser, request))
        return *ended;
    for (const QString &line : parser.values(QStringLiteral("header"))) {
        const auto header = SignInRequest::parseHeader(line);
        if (!header)
            return m_output.fail(Usage, tr("--header needs the form 'Name: value', got \"%1\".").arg(line));
        request.headers.append(*header);
    }
    if (profile)
        request.trustedProfileId = profile->id;
    const bool passwordFromStdin = parser.isSet(QStringLiteral("password-stdin"));
    const bool secretFromStdin = parser.isSet(kClientSecretStdin);
    const QList<SignInProblem> problems = request.validate(false);
    const bool onlyLoginMissing = request.login.isEmpty() && request.phone.isEmpty()
        && std::all_of(problems.cbegin(), problems.cend(),
            [](const SignInProblem &p) { return p.field == SignInProblem::Field::Login; });
    if (onlyLoginMissing && m_input->isTerminal())
        return askLogin(request, secretFromStdin, passwordFromStdin);
    if (const auto problem = firstProblem(request))
        return m_output.fail(Usage, *problem);
    readSecretsAndSignIn(request, secretFromStdin, passwordFromStdin);
    return m_loop.exec();
}

int LoginDirectCommand::askLogin(const SignInRequest &request, bool secretFromStdin, bool passwordFromStdin)
{
    readLine(false, tr("No login could be read: the input ended."),
        [this, request, secretFromStdin, passwordFromStdin](const QString &line) {
            SignInRequest withLogin = request;
            withLogin.login = line.trimmed();
            if (withLogin.login.isEmpty()) {
                m_loop.finish(m_output.fail(Cancelled, tr("No login was given.")));
                return;
            }
            if (const auto problem = firstProblem(withLogin)) {
                m_loop.finish(m_output.fail(Usage, *problem));
                return;
            }
            readSecretsAndSignIn(withLogin, secretFromStdin, passwordFromStdin);
        });
    m_output.err() << tr("Login (e-mail or phone): ") << Qt::flush;
    return m_loop.exec();
}

void LoginDirectCommand::readSecretsAndSignIn(
    const SignInRequest &request, bool secretFromStdin, bool passwordFromStdin)
{
    if (!secretFromStdin) {
        signInWithPassword(request, passwordFromStdin);
        return;
    }
    // The app's secret, like the password, never from argv: the first line of stdin, no echo.
    readLine(true, tr("No app secret could be read: the input ended."),
        [this, request, passwordFromStdin](const QString &line) {
            if (line.isEmpty()) {
                m_loop.finish(m_output.fail(Cancelled, tr("No app secret was given.")));
                return;
            }
            SignInRequest withSecret = request;
            withSecret.app = AppCredentials::custom(request.app.clientId, line);
            signInWithPassword(withSecret, passwordFromStdin);
        });
    if (m_input->isTerminal())
        m_output.err() << tr("Secret of app %1: ").arg(request.app.clientId) << Qt::flush;
}

std::optional<int> LoginDirectCommand::chooseApp(
    const CommandParser &parser, const std::optional<Profile> &profile, SignInRequest &request)
{
    const bool secretFromStdin = parser.isSet(kClientSecretStdin);
    const QString secret = secretFromStdin ? kSecretOnStdin : qEnvironmentVariable("VKAUTH_CLIENT_SECRET");
    if (parser.isSet(QStringLiteral("client-id"))) {
        if (parser.isSet(QStringLiteral("app")))
            return m_output.fail(Usage, tr("Use either --app or --client-id, not both."));
        if (secret.isEmpty())
            return m_output.fail(Usage,
                tr("--client-id needs the app's secret: --client-secret-stdin, or VKAUTH_CLIENT_SECRET."));
        request.app = AppCredentials::custom(parser.value(QStringLiteral("client-id")), secret);
        return std::nullopt;
    }
    if (profile && !parser.isSet(QStringLiteral("app")) && profile->appKey == u"custom") {
        if (secret.isEmpty())
            return m_output.fail(Usage,
                tr("Profile \"%1\" uses your own app %2: give its secret with --client-secret-stdin or "
                   "in VKAUTH_CLIENT_SECRET.")
                    .arg(profile->title(), profile->appClientId));
        request.app = AppCredentials::custom(profile->appClientId, secret);
        return std::nullopt;
    }
    // --app, else the profile's, else the Settings' default app when it can sign in directly, else android.
    QString key = QStringLiteral("android");
    if (parser.isSet(QStringLiteral("app")))
        key = parser.value(QStringLiteral("app"));
    else if (profile)
        key = profile->appKey;
    else if (const auto preset = AppCredentials::byKey(m_defaultApp); preset && preset->directLogin)
        key = m_defaultApp;
    const auto app = AppCredentials::byKey(key);
    if (!app || !app->directLogin)
        return m_output.fail(
            Usage, tr("Unknown app \"%1\" for direct login; see \"vkauth-cli apps\".").arg(key));
    if (secretFromStdin)
        return m_output.fail(Usage,
            tr("--client-secret-stdin is for your own app (--client-id, or a profile made with one)."));
    request.app = *app;
    return std::nullopt;
}

void LoginDirectCommand::signInWithPassword(const SignInRequest &request, bool passwordFromStdin)
{
    const QString who = request.login.isEmpty() ? request.phone : request.login;
    readPassword(passwordFromStdin, who, [this, request](const QString &password) {
        SignInRequest withPassword = request;
        withPassword.password = password;
        runSignIn(withPassword, nullptr);
    });
}

} // namespace vkauth::cli
