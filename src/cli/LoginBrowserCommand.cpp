// SPDX-License-Identifier: MIT
#include "LoginBrowserCommand.h"

#include "CommandParser.h"
#include "PastePage.h"
#include "TimeoutOption.h"
#include "auth/Scopes.h"
#include "net/WebViewProcess.h"
#include "profiles/TokenChecker.h"

namespace vkauth::cli {

LoginBrowserCommand::LoginBrowserCommand(Output &output, const Settings &settings)
    : SignInCommand(output, settings, QStringLiteral("login browser"), {})
{
}

QString LoginBrowserCommand::description() const
{
    return tr("Signs in on VK's page for a user or for communities. With --browser window\n"
              "(the default when a display is present and vkauth-webview is installed) the page\n"
              "opens in a window and the token is caught there. With --browser paste it prints\n"
              "the address: open it in a browser, sign in and allow access; VK then shows a blank\n"
              "page whose address (https://oauth.vk.ru/blank.html#access_token=...) you paste\n"
              "back here. Saves the profile(s) and prints the token(s).");
}

void LoginBrowserCommand::addOptions(CommandParser &parser) const
{
    parser.add(valueOption(QStringLiteral("client-id"), tr("The app's id (or use --app)."), tr("ID")));
    parser.add(
        valueOption(QStringLiteral("app"), tr("A known browser app: kateMobile, vkAdmin."), tr("APP")));
    parser.add(valueOption(
        QStringLiteral("groups"), tr("Community ids, comma separated: one token per community."), tr("IDS")));
    parser.add(scopeOption(tr("Permissions: all, names or a mask (community permissions with --groups).")));
    parser.add(apiVersionOption());
    parser.add(valueOption(QStringLiteral("browser"),
        tr("window: VK's page in a window (needs a display and vkauth-webview); paste: print the\n"
           "address and read back the one VK ends on."),
        tr("HOW")));
    addSaveOptions(parser);
}

int LoginBrowserCommand::execute(const CommandParser &parser, const std::optional<Profile> &)
{
    if (const auto ended = begin(parser))
        return *ended;
    if (!parser.positional().isEmpty())
        return m_output.fail(
            Usage, tr("login browser takes no arguments, got \"%1\".").arg(parser.positional().first()));
    QString how = parser.value(QStringLiteral("browser"));
    if (how.isEmpty())
        how = WebViewProcess::canShowWindows() ? QStringLiteral("window") : QStringLiteral("paste");
    if (how != u"window" && how != u"paste")
        return m_output.fail(Usage, tr("--browser needs window or paste, got \"%1\".").arg(how));

    SignInRequest request = baseRequest(SignInRequest::Method::BrowserUser);
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
        pages = new WebViewProcess(context());
        m_output.message(tr("Sign in on VK's page in the window that opens…"));
    } else {
        pages = m_paste = new PastePage(m_input, m_output, request.endpoints(), context());
    }
    runSignIn(request, pages);
    return m_loop.exec();
}

VerifyCommand::VerifyCommand(Output &output, const Settings &settings)
    : SignInCommand(output, settings, QStringLiteral("verify"), QStringLiteral("REDIRECT_URI"))
{
}

QString VerifyCommand::description() const
{
    return tr("Follows the redirect_uri VK gave with \"need_validation\" (or an API error 17)\n"
              "through VK's checks (phone, two-factor code, captcha) to a token. Saves a\n"
              "profile and prints the token.");
}

void VerifyCommand::addOptions(CommandParser &parser) const
{
    parser.add(valueOption(
        QStringLiteral("login"), tr("The account's login (its phone if it is one)."), tr("LOGIN")));
    parser.add(valueOption(
        QStringLiteral("phone"), tr("The account's full phone number, for the phone check."), tr("PHONE")));
    parser.add(valueOption(QStringLiteral("profile"),
        tr("A saved profile whose token VK wants verified (API error 17): the check gives the address,\n"
           "the profile its login."),
        tr("PROFILE")));
    parser.add(TimeoutOption::option());
    addSaveOptions(parser);
}

Command::Needs VerifyCommand::needsFor(const CommandParser &parser) const
{
    return parser.isSet(QStringLiteral("profile")) ? Needs::Store : SignInCommand::needsFor(parser);
}

int VerifyCommand::execute(const CommandParser &parser, const std::optional<Profile> &)
{
    if (const auto ended = begin(parser))
        return *ended;
    if (parser.isSet(QStringLiteral("profile"))) {
        if (!parser.positional().isEmpty())
            return m_output.fail(Usage, tr("verify takes a REDIRECT_URI or --profile, not both."));
        SignInRequest request = baseRequest(SignInRequest::Method::VerificationLink);
        request.login = parser.value(QStringLiteral("login"));
        request.phone = parser.value(QStringLiteral("phone"));
        if (const auto ended = readTimeout(parser, request))
            return *ended;
        return verifyProfile(parser.value(QStringLiteral("profile")), request);
    }
    if (parser.positional().size() != 1)
        return m_output.fail(Usage, tr("verify needs exactly one REDIRECT_URI."));
    const QUrl redirectUri(parser.positional().first(), QUrl::StrictMode);
    if (!redirectUri.isValid() || (redirectUri.scheme() != u"https" && redirectUri.scheme() != u"http"))
        return m_output.fail(Usage, tr("REDIRECT_URI must be a web address."));

    SignInRequest request = baseRequest(SignInRequest::Method::VerificationLink);
    request.verificationLink = redirectUri;
    request.login = parser.value(QStringLiteral("login"));
    request.phone = parser.value(QStringLiteral("phone"));
    if (const auto ended = readTimeout(parser, request))
        return *ended;
    if (const auto problem = firstProblem(request))
        return m_output.fail(Usage, *problem);
    runSignIn(request, nullptr);
    return m_loop.exec();
}

int VerifyCommand::verifyProfile(const QString &query, const SignInRequest &base)
{
    int exitCode = Ok;
    const auto profile = lookup(*m_store, m_output, query, exitCode);
    if (!profile)
        return exitCode;
    SignInRequest request = base;
    if (request.login.isEmpty() && request.phone.isEmpty())
        request.login = profile->email;
    withToken(*profile, [this, request, profile = *profile](const QString &token) {
        NetworkContext network = m_network;
        network.timeoutMs = request.timeoutMs;
        auto *checker = new TokenChecker(network, nullptr, context());
        QObject::connect(checker, &TokenChecker::finished, context(),
            [this, request, profile](const QString &, const CheckResult &result) {
                if (result.status == CheckStatus::Valid) {
                    m_output.message(tr("VK accepts the token of %1: there is nothing to verify.")
                                         .arg(printable(profile.title())));
                    m_loop.finish(Ok);
                    return;
                }
                if (result.reason != u"validation_required") {
                    m_loop.finish(
                        m_output.fail(result.status == CheckStatus::NetworkError ? Network : AuthRefused,
                            QStringLiteral("AUTHORIZATION_FAILED"), result.message, result.details,
                            result.reason));
                    return;
                }
                SignInRequest verification = request;
                verification.verificationLink = result.redirectUri;
                m_verifiedProfile = profile.id;
                runSignIn(verification, nullptr);
            });
        checker->check(profile, token);
    });
    return m_loop.exec();
}

} // namespace vkauth::cli
