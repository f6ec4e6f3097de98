#include "LoginCommand.h"

#include "Command.h"
#include "CommandParser.h"
#include "InputReader.h"
#include "PastePage.h"
#include "Settings.h"
#include "TerminalPrompter.h"
#include "TimeoutOption.h"
#include "auth/Scopes.h"
#include "auth/SignIn.h"
#include "net/WebViewProcess.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace vkauth::cli {

namespace {

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName,
    const QString &defaultValue = {})
{
    QCommandLineOption option(name, description, valueName);
    if (!defaultValue.isEmpty())
        option.setDefaultValue(defaultValue);
    return option;
}

QCommandLineOption flag(const QString &name, const QString &description)
{
    return QCommandLineOption(name, description);
}

void addSaveOptions(CommandParser &parser)
{
    parser.add(valueOption(QStringLiteral("label"), LoginCommand::tr("Name the saved profile (e.g. mybot)."),
        LoginCommand::tr("NAME")));
    parser.add(
        flag(QStringLiteral("no-save"), LoginCommand::tr("Print the token but do not save a profile.")));
}

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

} // namespace

LoginCommand::LoginCommand(Output &output, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_input(new InputReader(STDIN_FILENO, this))
    , m_prompter(new TerminalPrompter(m_input, output.err(), this))
{
    const Settings settings = Settings::load();
    m_network = NetworkContext::fromSettings(settings);
    m_domain = settings.domain;
    m_prompter->setEndpoints(m_network.endpoints);
}

LoginCommand::~LoginCommand() = default;

// Common to the three commands: help, usage errors, --json, --label/--no-save. False: exit with exitCode.
bool LoginCommand::parse(CommandParser &parser, const QStringList &args, int &exitCode)
{
    if (!parser.run(m_output, args, exitCode))
        return false;
    m_label = parser.value(QStringLiteral("label"));
    m_save = !parser.isSet(QStringLiteral("no-save"));
    const auto endpointProblem = m_network.endpoints.validate();
    if (endpointProblem) {
        exitCode = m_output.fail(Usage, *endpointProblem);
        return false;
    }
    return true;
}

int LoginCommand::runDirect(const QStringList &args)
{
    CommandParser parser(QStringLiteral("login direct"), {},
        tr("Signs in with a login (or phone) and password through one of VK's official apps.\n"
           "Captcha and two-factor questions are asked on the terminal, or read from stdin one\n"
           "line each when stdin is not a terminal. Saves a profile and prints the token.\n"
           "The password is typed without echo, read from stdin (--password-stdin) or taken\n"
           "from the VKAUTH_PASSWORD environment variable; never from the command line."));
    parser.add(valueOption(QStringLiteral("login"), tr("E-mail or phone to sign in with."), tr("LOGIN")));
    parser.add(valueOption(QStringLiteral("phone"),
        tr("Phone number to sign in with (also used for the "
           "security check)."),
        tr("PHONE")));
    parser.add(valueOption(QStringLiteral("app"),
        tr("Official app: android, windows, windowsPhone, iphone, ipad, vkMe (default android)."),
        tr("APP")));
    parser.add(valueOption(QStringLiteral("client-id"), tr("Your own app's id instead of --app."), tr("ID")));
    parser.add(valueOption(QStringLiteral("scope"),
        tr("Permissions: all, names (friends,wall,...) or a mask."), tr("SCOPE"), QStringLiteral("all")));
    parser.add(
        valueOption(QStringLiteral("api-version"), tr("VK API version."), tr("V"), m_network.apiVersion));
    parser.add(TimeoutOption::option());
    parser.add(
        valueOption(QStringLiteral("header"), tr("Extra HTTP header, repeatable."), tr("'NAME: VALUE'")));
    parser.add(flag(QStringLiteral("password-stdin"), tr("Read the password from the first line of stdin.")));
    parser.add(flag(QStringLiteral("client-secret-stdin"),
        tr("Read your own app's secret from the first line of stdin (before the password).")));
    parser.add(valueOption(QStringLiteral("profile"),
        tr("Sign in again as a saved profile (id, label or VK id): its login, app and trusted hash (no 2FA "
           "code)."),
        tr("PROFILE")));
    addSaveOptions(parser);

    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (!parser.positional().isEmpty())
        return m_output.fail(
            Usage, tr("login direct takes no arguments, got \"%1\".").arg(parser.positional().first()));

    std::optional<Profile> profile;
    ProfileStore *store = nullptr;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString query = parser.value(QStringLiteral("profile"));
        store = Command::openStore(m_output, this, exitCode);
        if (!store)
            return exitCode;
        profile = Command::lookup(*store, m_output, query, exitCode);
        if (!profile)
            return exitCode;
        if (profile->kind != TokenKind::User)
            return m_output.fail(
                Usage, tr("Profile \"%1\" is a community; sign in to it with \"login browser\".").arg(query));
    }

    SignInRequest request;
    request.domain = m_domain; // the settings' (VKAUTH_*_URL still win)
    request.apiVersion = m_network.apiVersion;
    request.timeoutMs = m_network.timeoutMs;
    request.method = SignInRequest::Method::Password;
    request.login = parser.value(QStringLiteral("login"));
    request.phone = parser.value(QStringLiteral("phone"));
    if (profile && request.login.isEmpty() && request.phone.isEmpty())
        request.login = profile->email;

    // A placeholder until the real secret is read from stdin, after every flag was checked.
    const bool secretFromStdin = parser.isSet(QStringLiteral("client-secret-stdin"));
    const QString kSecretOnStdin = QStringLiteral("(stdin)");
    if (parser.isSet(QStringLiteral("client-id"))) {
        if (parser.isSet(QStringLiteral("app")))
            return m_output.fail(Usage, tr("Use either --app or --client-id, not both."));
        const QString secret
            = secretFromStdin ? kSecretOnStdin : qEnvironmentVariable("VKAUTH_CLIENT_SECRET");
        if (secret.isEmpty())
            return m_output.fail(Usage,
                tr("--client-id needs the app's secret: --client-secret-stdin, or VKAUTH_CLIENT_SECRET."));
        request.app = AppCredentials::custom(parser.value(QStringLiteral("client-id")), secret);
    } else if (profile && !parser.isSet(QStringLiteral("app")) && profile->appKey == u"custom") {
        const QString secret
            = secretFromStdin ? kSecretOnStdin : qEnvironmentVariable("VKAUTH_CLIENT_SECRET");
        if (secret.isEmpty())
            return m_output.fail(Usage,
                tr("Profile \"%1\" uses your own app %2: give its secret with --client-secret-stdin or "
                   "in VKAUTH_CLIENT_SECRET.")
                    .arg(profile->title(), profile->appClientId));
        request.app = AppCredentials::custom(profile->appClientId, secret);
    } else {
        QString key = QStringLiteral("android");
        if (parser.isSet(QStringLiteral("app")))
            key = parser.value(QStringLiteral("app"));
        else if (profile)
            key = profile->appKey;
        const auto app = AppCredentials::byKey(key);
        if (!app || !app->directLogin)
            return m_output.fail(
                Usage, tr("Unknown app \"%1\" for direct login; see \"vkauth-cli apps\".").arg(key));
        request.app = *app;
        if (secretFromStdin)
            return m_output.fail(Usage,
                tr("--client-secret-stdin is for your own app (--client-id, or a profile made with one)."));
    }

    const ScopeParseResult scope = Scopes::parse(parser.value(QStringLiteral("scope")), ScopeKind::User);
    if (!scope.mask)
        return m_output.fail(Usage, scope.error);
    request.scope = *scope.mask;
    request.apiVersion = parser.value(QStringLiteral("api-version"));
    QString timeoutProblem;
    const auto timeout = TimeoutOption::read(parser, m_network.timeoutMs, &timeoutProblem);
    if (!timeout)
        return m_output.fail(Usage, timeoutProblem);
    request.timeoutMs = *timeout;
    for (const QString &line : parser.values(QStringLiteral("header"))) {
        const auto header = SignInRequest::parseHeader(line);
        if (!header)
            return m_output.fail(Usage, tr("--header needs the form 'Name: value', got \"%1\".").arg(line));
        request.headers.append(*header);
    }
    if (profile)
        request.trustedProfileId = profile->id;
    if (const auto problem = firstProblem(request))
        return m_output.fail(Usage, *problem);
    if (m_save && !store)
        store = openStore();

    const QString who = request.login.isEmpty() ? request.phone : request.login;
    const bool passwordFromStdin = parser.isSet(QStringLiteral("password-stdin"));
    const auto withPassword = [this, who, passwordFromStdin, store](const SignInRequest &ready) {
        readPassword(passwordFromStdin, who, [this, ready, store](const QString &password) {
            SignInRequest withPassword = ready;
            withPassword.password = password;
            runSignIn(withPassword, nullptr, store);
        });
    };
    if (!secretFromStdin) {
        withPassword(request);
        return m_loop.exec();
    }
    // The app's secret, like the password, never from argv: the first line of stdin, no echo.
    readLine(true, tr("No app secret could be read: the input ended."),
        [this, request, withPassword](const QString &line) {
            if (line.isEmpty()) {
                m_loop.finish(m_output.fail(Cancelled, tr("No app secret was given.")));
                return;
            }
            SignInRequest withSecret = request;
            withSecret.app = AppCredentials::custom(request.app.clientId, line);
            withPassword(withSecret);
        });
    if (m_input->isTerminal())
        m_output.err() << tr("Secret of app %1: ").arg(request.app.clientId) << Qt::flush;
    return m_loop.exec();
}

// Where the profiles go, read once before the sign-in. A damaged index is only reported.
ProfileStore *LoginCommand::openStore()
{
    auto *store = new ProfileStore(this);
    const ProfileStore::LoadReport report = store->load();
    if (!report.ok())
        m_output.message(report.message);
    return store;
}

// The first problem SignInRequest's rules find (the password is read later), in the CLI's words
// where a flag says it better.
std::optional<QString> LoginCommand::firstProblem(const SignInRequest &request) const
{
    const QList<SignInProblem> problems = request.validate(false);
    if (problems.isEmpty())
        return std::nullopt;
    if (problems.first().field == SignInProblem::Field::Login)
        return tr("login direct needs --login or --phone.");
    return problems.first().message;
}

void LoginCommand::runSignIn(const SignInRequest &request, PageRunner *pages, ProfileStore *store)
{
    auto *signIn = new SignIn(request, m_prompter, pages, store, this);
    signIn->setSaveResults(m_save);
    signIn->setLabel(m_label);
    signIn->setWaitForKeychain(true); // the exit code says whether the token was kept
    signIn->setPageLook(
        tr("Sign in to VK"), tr("Sign in on VK's page and allow access. The token goes back to vkauth-cli."));
    if (stderrIsTerminal())
        connect(signIn, &SignIn::progress, this, [this](const QString &status) { m_output.message(status); });
    connect(signIn, &SignIn::notice, this, [this](const QString &message) { m_output.message(message); });
    connect(signIn, &SignIn::finished, this,
        [this, store](const SignInResult &result) { conclude(result, store); });
    signIn->start();
}

int LoginCommand::runBrowser(const QStringList &args)
{
    CommandParser parser(QStringLiteral("login browser"), {},
        tr("Signs in on VK's page for a user or for communities. With --browser window\n"
           "(the default when a display is present and vkauth-webview is installed) the page\n"
           "opens in a window and the token is caught there. With --browser paste it prints\n"
           "the address: open it in a browser, sign in and allow access; VK then shows a blank\n"
           "page whose address (https://oauth.vk.ru/blank.html#access_token=...) you paste\n"
           "back here. Saves the profile(s) and prints the token(s)."));
    parser.add(valueOption(QStringLiteral("client-id"), tr("The app's id (or use --app)."), tr("ID")));
    parser.add(
        valueOption(QStringLiteral("app"), tr("A known browser app: kateMobile, vkAdmin."), tr("APP")));
    parser.add(valueOption(
        QStringLiteral("groups"), tr("Community ids, comma separated: one token per community."), tr("IDS")));
    parser.add(valueOption(QStringLiteral("scope"),
        tr("Permissions: all, names or a mask (community permissions with --groups)."), tr("SCOPE"),
        QStringLiteral("all")));
    parser.add(
        valueOption(QStringLiteral("api-version"), tr("VK API version."), tr("V"), m_network.apiVersion));
    parser.add(valueOption(QStringLiteral("browser"),
        tr("window: VK's page in a window (needs a display and vkauth-webview); paste: print the\n"
           "address and read back the one VK ends on."),
        tr("HOW")));
    addSaveOptions(parser);

    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (!parser.positional().isEmpty())
        return m_output.fail(
            Usage, tr("login browser takes no arguments, got \"%1\".").arg(parser.positional().first()));
    QString how = parser.value(QStringLiteral("browser"));
    if (how.isEmpty())
        how = WebViewProcess::canShowWindows() ? QStringLiteral("window") : QStringLiteral("paste");
    if (how != u"window" && how != u"paste")
        return m_output.fail(Usage, tr("--browser needs window or paste, got \"%1\".").arg(how));

    SignInRequest request;
    request.domain = m_domain; // the settings' (VKAUTH_*_URL still win)
    request.apiVersion = m_network.apiVersion;
    request.timeoutMs = m_network.timeoutMs;
    if (parser.isSet(QStringLiteral("client-id")) == parser.isSet(QStringLiteral("app")))
        return m_output.fail(Usage, tr("login browser needs either --client-id or --app."));
    if (parser.isSet(QStringLiteral("app"))) {
        const auto app = AppCredentials::byKey(parser.value(QStringLiteral("app")));
        if (!app)
            return m_output.fail(Usage,
                tr("Unknown app \"%1\"; see \"vkauth-cli apps\".").arg(parser.value(QStringLiteral("app"))));
        request.app = *app;
    } else {
        const QString id = parser.value(QStringLiteral("client-id"));
        if (!SignInRequest::isAppId(id))
            return m_output.fail(Usage, tr("--client-id needs a number, got \"%1\".").arg(id));
        request.app = AppCredentials::custom(id, {});
    }
    request.method = SignInRequest::Method::BrowserUser;
    if (parser.isSet(QStringLiteral("groups"))) {
        const QString text = parser.value(QStringLiteral("groups"));
        const auto ids = SignInRequest::parseGroupIds(text);
        if (!ids)
            return m_output.fail(Usage, tr("--groups needs community ids (numbers), got \"%1\".").arg(text));
        request.method = SignInRequest::Method::BrowserCommunity;
        request.groupIds = *ids;
    }
    const ScopeKind kind = request.groupIds.isEmpty() ? ScopeKind::User : ScopeKind::Community;
    const ScopeParseResult scope = Scopes::parse(parser.value(QStringLiteral("scope")), kind);
    if (!scope.mask)
        return m_output.fail(Usage, scope.error);
    request.scope = *scope.mask;
    request.apiVersion = parser.value(QStringLiteral("api-version"));
    if (const auto problem = firstProblem(request))
        return m_output.fail(Usage, *problem);

    PageRunner *pages = nullptr;
    if (how == u"window") {
        pages = new WebViewProcess(this);
        m_output.message(tr("Sign in on VK's page in the window that opens…"));
    } else {
        pages = m_paste = new PastePage(m_input, m_output, request.endpoints(), this);
    }
    runSignIn(request, pages, m_save ? openStore() : nullptr);
    return m_loop.exec();
}

int LoginCommand::runVerify(const QStringList &args)
{
    CommandParser parser(QStringLiteral("verify"), QStringLiteral("REDIRECT_URI"),
        tr("Follows the redirect_uri VK gave with \"need_validation\" (or an API error 17)\n"
           "through VK's checks (phone, two-factor code, captcha) to a token. Saves a\n"
           "profile and prints the token."));
    parser.add(valueOption(
        QStringLiteral("login"), tr("The account's login (its phone if it is one)."), tr("LOGIN")));
    parser.add(valueOption(
        QStringLiteral("phone"), tr("The account's full phone number, for the phone check."), tr("PHONE")));
    parser.add(TimeoutOption::option());
    addSaveOptions(parser);

    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (parser.positional().size() != 1)
        return m_output.fail(Usage, tr("verify needs exactly one REDIRECT_URI."));
    const QUrl redirectUri(parser.positional().first(), QUrl::StrictMode);
    if (!redirectUri.isValid() || (redirectUri.scheme() != u"https" && redirectUri.scheme() != u"http"))
        return m_output.fail(Usage, tr("REDIRECT_URI must be a web address."));

    SignInRequest request;
    request.domain = m_domain; // the settings' (VKAUTH_*_URL still win)
    request.apiVersion = m_network.apiVersion;
    request.timeoutMs = m_network.timeoutMs;
    request.method = SignInRequest::Method::VerificationLink;
    request.verificationLink = redirectUri;
    request.login = parser.value(QStringLiteral("login"));
    request.phone = parser.value(QStringLiteral("phone"));
    QString timeoutProblem;
    const auto timeout = TimeoutOption::read(parser, m_network.timeoutMs, &timeoutProblem);
    if (!timeout)
        return m_output.fail(Usage, timeoutProblem);
    request.timeoutMs = *timeout;
    if (const auto problem = firstProblem(request))
        return m_output.fail(Usage, *problem);
    runSignIn(request, nullptr, m_save ? openStore() : nullptr);
    return m_loop.exec();
}

// The password never passes through argv: from the environment (then removed from it), the first line
// of stdin, or a prompt without echo on the terminal.
void LoginCommand::readPassword(
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

// One line from stdin for `take`; at the end of input the command fails with `endMessage`.
void LoginCommand::readLine(
    bool secret, const QString &endMessage, const std::function<void(const QString &)> &take)
{
    m_input->readLine(secret, this, [this, endMessage, take](const std::optional<QString> &line) {
        if (line) {
            take(*line);
            return;
        }
        m_output.err() << '\n';
        m_loop.finish(m_output.fail(Cancelled, endMessage));
    });
}

void LoginCommand::conclude(const SignInResult &result, ProfileStore *store)
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
        else
            m_loop.finish(m_output.fail(error));
        return;
    }
    if (outcome.tokens.isEmpty()) {
        // The check passed but VK handed no token (blank.html#success=1): sign in again now.
        if (m_output.json())
            m_output.document(QJsonObject {{QStringLiteral("verified"), true}});
        m_output.message(tr("VK accepted the check but gave no token; sign in again now."));
        m_loop.finish(Ok);
        return;
    }
    if (!result.keychainError.isEmpty()) {
        const QString message
            = tr("The token could not be kept in the system keychain: %1").arg(result.keychainError);
        print(outcome, {}, message);
        m_output.message(QStringLiteral("vkauth-cli: ") + message);
        m_loop.finish(Keychain);
        return;
    }
    for (const QString &id : result.profileIds) {
        if (const auto profile = store->profile(id))
            m_output.message(tr("Saved profile \"%1\" (%2).").arg(profile->title(), id));
    }
    print(outcome, result.profileIds, {});
    m_loop.finish(Ok);
}

void LoginCommand::print(
    const AuthOutcome &outcome, const QStringList &profileIds, const QString &keychainError)
{
    const bool community = !outcome.tokens.isEmpty() && outcome.tokens.first().kind == TokenKind::Community;
    if (m_output.json()) {
        QJsonObject result;
        if (community) {
            QJsonArray groups;
            for (const ObtainedToken &t : outcome.tokens)
                groups.append(QJsonObject {{QStringLiteral("group_id"), t.vkId},
                    {QStringLiteral("token"), t.token}, {QStringLiteral("expires_in"), t.expiresIn}});
            result.insert(QStringLiteral("groups"), groups);
        } else {
            const ObtainedToken &t = outcome.tokens.first();
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
    for (const ObtainedToken &t : outcome.tokens) {
        if (community)
            m_output.line(QStringLiteral("%1\t%2").arg(t.vkId).arg(t.token));
        else
            m_output.line(t.token);
    }
}

} // namespace vkauth::cli
