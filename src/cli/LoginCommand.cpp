#include "LoginCommand.h"

#include "Command.h"
#include "CommandParser.h"
#include "InputReader.h"
#include "TerminalPrompter.h"
#include "auth/AccountVerification.h"
#include "auth/DirectAuthorization.h"
#include "auth/ImplicitFlow.h"
#include "auth/Scopes.h"
#include "net/WebViewProcess.h"
#include "profiles/ProfileStore.h"
#include "profiles/TokenChecker.h"

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

std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
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
}

LoginCommand::~LoginCommand() = default;

// Common to the three commands: help, usage errors, --json, --label/--no-save. False: exit with exitCode.
bool LoginCommand::parse(CommandParser &parser, const QStringList &args, int &exitCode)
{
    if (!parser.run(m_output, args, exitCode))
        return false;
    m_label = parser.value(QStringLiteral("label"));
    m_save = !parser.isSet(QStringLiteral("no-save"));
    const auto endpointProblem = Endpoints::fromEnvironment().validate();
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
        valueOption(QStringLiteral("api-version"), tr("VK API version."), tr("V"), QStringLiteral("5.199")));
    parser.add(valueOption(QStringLiteral("timeout"), tr("Timeout of each request, in milliseconds."),
        tr("MS"), QStringLiteral("10000")));
    parser.add(
        valueOption(QStringLiteral("header"), tr("Extra HTTP header, repeatable."), tr("'NAME: VALUE'")));
    parser.add(flag(QStringLiteral("password-stdin"), tr("Read the password from the first line of stdin.")));
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

    DirectAuthOptions options;
    options.login = parser.value(QStringLiteral("login"));
    options.phone = parser.value(QStringLiteral("phone"));
    if (profile && options.login.isEmpty() && options.phone.isEmpty())
        options.login = profile->email;
    if (options.login.isEmpty() == options.phone.isEmpty() && options.login.isEmpty())
        return m_output.fail(Usage, tr("login direct needs --login or --phone."));

    if (parser.isSet(QStringLiteral("client-id"))) {
        if (parser.isSet(QStringLiteral("app")))
            return m_output.fail(Usage, tr("Use either --app or --client-id, not both."));
        const QString secret = qEnvironmentVariable("VKAUTH_CLIENT_SECRET");
        if (secret.isEmpty())
            return m_output.fail(Usage, tr("--client-id needs the app's secret in VKAUTH_CLIENT_SECRET."));
        options.app = AppCredentials::custom(parser.value(QStringLiteral("client-id")), secret);
    } else if (profile && !parser.isSet(QStringLiteral("app")) && profile->appKey == u"custom") {
        const QString secret = qEnvironmentVariable("VKAUTH_CLIENT_SECRET");
        if (secret.isEmpty())
            return m_output.fail(Usage,
                tr("Profile \"%1\" uses your own app %2: set its secret in VKAUTH_CLIENT_SECRET.")
                    .arg(profile->title(), profile->appClientId));
        options.app = AppCredentials::custom(profile->appClientId, secret);
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
        options.app = *app;
    }

    const ScopeParseResult scope = Scopes::parse(parser.value(QStringLiteral("scope")), ScopeKind::User);
    if (!scope.mask)
        return m_output.fail(Usage, scope.error);
    options.scope = *scope.mask;
    options.apiVersion = parser.value(QStringLiteral("api-version"));
    const auto timeout = positiveInt(parser.value(QStringLiteral("timeout")));
    if (!timeout)
        return m_output.fail(Usage, tr("--timeout needs a positive number of milliseconds."));
    options.timeoutMs = *timeout;
    for (const QString &header : parser.values(QStringLiteral("header"))) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0)
            return m_output.fail(Usage, tr("--header needs the form 'Name: value', got \"%1\".").arg(header));
        options.headers.append(
            {header.left(colon).trimmed().toUtf8(), header.mid(colon + 1).trimmed().toUtf8()});
    }

    const bool fromStdin = parser.isSet(QStringLiteral("password-stdin"));
    if (profile && profile->hasTrustedHash && profile->trustedHashFits(options.login, options.phone))
        withTrustedHash(store, profile->id, options,
            [this, fromStdin](const DirectAuthOptions &trusted) { startDirect(trusted, fromStdin); });
    else
        startDirect(options, fromStdin);
    return m_loop.exec();
}

// The profile's trusted hash from the keychain. If it cannot be read, the sign-in goes on without it
// (VK then asks for the code again).
void LoginCommand::withTrustedHash(ProfileStore *store, const QString &profileId,
    const DirectAuthOptions &options, const std::function<void(const DirectAuthOptions &)> &then)
{
    store->readSecrets(profileId, this,
        [this, options, then](
            const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &error) {
            DirectAuthOptions trusted = options;
            if (secrets && !error)
                trusted.trustedHash = secrets->trustedHash;
            else
                m_output.message(tr("The trusted hash could not be read from the system keychain; VK may ask "
                                    "for a two-factor code."));
            then(trusted);
        });
}

void LoginCommand::startDirect(const DirectAuthOptions &options, bool passwordFromStdin)
{
    const QString who = options.login.isEmpty() ? options.phone : options.login;
    readPassword(passwordFromStdin, who, [this, options](const QString &password) {
        DirectAuthOptions withPassword = options;
        withPassword.password = password;
        auto *flow = new DirectAuthorization(withPassword, m_prompter, nullptr, this);
        if (stderrIsTerminal())
            connect(flow, &DirectAuthorization::progress, this,
                [this](const QString &status) { m_output.message(status); });
        connect(flow, &DirectAuthorization::finished, this, &LoginCommand::conclude);
        flow->start();
    });
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
        valueOption(QStringLiteral("api-version"), tr("VK API version."), tr("V"), QStringLiteral("5.199")));
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

    ImplicitFlowOptions options;
    if (parser.isSet(QStringLiteral("client-id")) == parser.isSet(QStringLiteral("app")))
        return m_output.fail(Usage, tr("login browser needs either --client-id or --app."));
    if (parser.isSet(QStringLiteral("app"))) {
        const auto app = AppCredentials::byKey(parser.value(QStringLiteral("app")));
        if (!app)
            return m_output.fail(Usage,
                tr("Unknown app \"%1\"; see \"vkauth-cli apps\".").arg(parser.value(QStringLiteral("app"))));
        options.app = *app;
    } else {
        const QString id = parser.value(QStringLiteral("client-id"));
        if (!positiveInt(id))
            return m_output.fail(Usage, tr("--client-id needs a number, got \"%1\".").arg(id));
        options.app = AppCredentials::custom(id, {});
    }
    for (const QString &id : parser.value(QStringLiteral("groups")).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 groupId = id.trimmed().toLongLong(&ok);
        if (!ok || groupId <= 0)
            return m_output.fail(Usage, tr("--groups needs community ids (numbers), got \"%1\".").arg(id));
        options.groupIds << groupId;
    }
    const ScopeKind kind = options.groupIds.isEmpty() ? ScopeKind::User : ScopeKind::Community;
    const ScopeParseResult scope = Scopes::parse(parser.value(QStringLiteral("scope")), kind);
    if (!scope.mask)
        return m_output.fail(Usage, scope.error);
    options.scope = *scope.mask;
    options.apiVersion = parser.value(QStringLiteral("api-version"));
    options.state = ImplicitFlow::newState();

    if (how == u"window") {
        runBrowserWindow(options);
        return m_loop.exec();
    }
    m_output.message(tr("Open this address in a browser, sign in and allow access:"));
    m_output.err() << "\n  " << ImplicitFlow::authorizeUrl(options).toString(QUrl::FullyEncoded) << "\n\n"
                   << Qt::flush;
    readRedirect([this, options](const QString &pasted) {
        const QUrl url = QUrl::fromUserInput(pasted);
        if (!ImplicitFlow::isFinalRedirect(url, options)) {
            m_output.message(tr("That is not the blank.html address VK ends on; paste the whole address."));
            return false;
        }
        conclude(ImplicitFlow::parseRedirect(url, options));
        return true;
    });
    return m_loop.exec();
}

// VK's page in the vkauth-webview helper's window; the blank.html redirect comes back on its pipe.
void LoginCommand::runBrowserWindow(const ImplicitFlowOptions &options)
{
    auto *helper = new WebViewProcess(this);
    PageJob job = PageJob::forEndpoints(options.endpoints);
    job.url = ImplicitFlow::authorizeUrl(options);
    job.catchUrls = PageJob::blankPages(options.endpoints);
    job.title = tr("Sign in to VK");
    job.hint = tr("Sign in on VK's page and allow access. The token goes back to vkauth-cli.");
    connect(helper, &PageRunner::finished, this, [this, options](const PageResult &result) {
        switch (result.kind) {
        case PageResult::Kind::Caught:
            conclude(ImplicitFlow::parseRedirect(result.url, options));
            return;
        case PageResult::Kind::Error: {
            AuthError error = AuthError::make(AuthErrorCode::AuthorizationFailed);
            error.message = result.message;
            conclude(AuthOutcome::failure(error));
            return;
        }
        case PageResult::Kind::Token:
        case PageResult::Kind::Closed:
            conclude(AuthOutcome::failure(AuthErrorCode::Cancelled));
            return;
        }
    });
    m_output.message(tr("Sign in on VK's page in the window that opens…"));
    helper->start(job);
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
    parser.add(valueOption(QStringLiteral("timeout"), tr("Timeout of each request, in milliseconds."),
        tr("MS"), QStringLiteral("10000")));
    addSaveOptions(parser);

    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (parser.positional().size() != 1)
        return m_output.fail(Usage, tr("verify needs exactly one REDIRECT_URI."));
    const QUrl redirectUri(parser.positional().first(), QUrl::StrictMode);
    if (!redirectUri.isValid() || (redirectUri.scheme() != u"https" && redirectUri.scheme() != u"http"))
        return m_output.fail(Usage, tr("REDIRECT_URI must be a web address."));

    VerificationOptions options;
    options.login = parser.value(QStringLiteral("login"));
    options.phone = parser.value(QStringLiteral("phone"));
    const auto timeout = positiveInt(parser.value(QStringLiteral("timeout")));
    if (!timeout)
        return m_output.fail(Usage, tr("--timeout needs a positive number of milliseconds."));
    options.timeoutMs = *timeout;

    auto *flow = new AccountVerification(options, m_prompter, nullptr, this);
    if (stderrIsTerminal())
        connect(flow, &AccountVerification::progress, this,
            [this](const QString &status) { m_output.message(status); });
    connect(flow, &AccountVerification::finished, this, &LoginCommand::conclude);
    flow->start(redirectUri);
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

// Asks for the pasted blank.html address (it holds the token: no echo) until one is accepted.
void LoginCommand::readRedirect(const std::function<bool(const QString &)> &accept)
{
    readLine(true, tr("No address could be read: the input ended."), [this, accept](const QString &line) {
        if (!m_input->isTerminal())
            m_output.err() << '\n' << Qt::flush;
        if (!accept(line.trimmed()))
            readRedirect(accept);
    });
    m_output.err() << tr("Paste the address of the page VK ends on (input hidden): ") << Qt::flush;
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

void LoginCommand::conclude(const AuthOutcome &outcome)
{
    if (!outcome.ok()) {
        const AuthError &error = *outcome.error;
        if (error.code == AuthErrorCode::Cancelled && m_prompter->needsBrowser())
            m_loop.finish(
                m_output.fail(NeedsBrowser, QStringLiteral("NEEDS_BROWSER"), m_prompter->failure()));
        else if (error.code == AuthErrorCode::Cancelled && !m_prompter->failure().isEmpty())
            m_loop.finish(m_output.fail(Cancelled, error.codeName(), m_prompter->failure()));
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
    if (!m_save) {
        print(outcome, {}, {});
        m_loop.finish(Ok);
        return;
    }
    lookUpNames(outcome);
}

// Asks VK whose tokens these are (names for the profile list), then saves them. A failed look-up
// only leaves the name empty.
void LoginCommand::lookUpNames(const AuthOutcome &outcome)
{
    auto *checker = new TokenChecker(nullptr, this);
    auto pending = std::make_shared<int>(int(outcome.tokens.size()));
    auto results = std::make_shared<QHash<QString, CheckResult>>();
    connect(checker, &TokenChecker::finished, this,
        [this, outcome, pending, results](const QString &id, const CheckResult &result) {
            results->insert(id, result);
            if (--*pending == 0)
                save(outcome, *results);
        });
    for (const ObtainedToken &token : outcome.tokens)
        checker->check(Profile::fromObtained(token), token.token);
}

void LoginCommand::save(const AuthOutcome &outcome, const QHash<QString, CheckResult> &checks)
{
    auto *store = new ProfileStore(this);
    const ProfileStore::LoadReport report = store->load();
    if (!report.ok())
        m_output.message(report.message);

    qint64 ownerId = 0;
    m_savedIds.clear();
    for (const ObtainedToken &token : outcome.tokens) {
        m_savedIds << Profile::makeId(token.kind, token.vkId, token.app.clientId);
        if (token.kind == TokenKind::User)
            ownerId = token.vkId;
    }
    auto waiting = std::make_shared<QStringList>(m_savedIds);
    auto firstError = std::make_shared<QString>();
    connect(store, &ProfileStore::secretStateChanged, this,
        [this, store, outcome, waiting, firstError](const QString &id, ProfileStore::SecretState state) {
            if (state == ProfileStore::SecretState::Saving || !waiting->contains(id))
                return;
            waiting->removeAll(id);
            if (state == ProfileStore::SecretState::NotSaved && firstError->isEmpty())
                *firstError = store->saveError(id);
            if (waiting->isEmpty())
                saved(outcome, store, *firstError);
        });
    for (const ObtainedToken &token : outcome.tokens) {
        const QString id = Profile::makeId(token.kind, token.vkId, token.app.clientId);
        const CheckResult check = checks.value(id);
        store->add(token, check.name, token.kind == TokenKind::Community ? ownerId : 0);
        Profile profile = *store->profile(id);
        if (check.status == CheckStatus::Valid)
            check.applyTo(profile);
        if (!m_label.isEmpty())
            profile.label
                = outcome.tokens.size() == 1 ? m_label : QStringLiteral("%1-%2").arg(m_label).arg(token.vkId);
        store->update(profile);
    }
}

void LoginCommand::saved(const AuthOutcome &outcome, ProfileStore *store, const QString &keychainError)
{
    if (!keychainError.isEmpty()) {
        const QString message
            = tr("The token could not be kept in the system keychain: %1").arg(keychainError);
        print(outcome, {}, message);
        m_output.message(QStringLiteral("vkauth-cli: ") + message);
        m_loop.finish(Keychain);
        return;
    }
    for (const QString &id : std::as_const(m_savedIds)) {
        if (const auto profile = store->profile(id))
            m_output.message(tr("Saved profile \"%1\" (%2).").arg(profile->title(), id));
    }
    print(outcome, m_savedIds, {});
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
