// SPDX-License-Identifier: MIT
#include "LoginVkIdCommand.h"

#include "CommandParser.h"
#include "PastePage.h"
#include "TimeoutOption.h"
#include "auth/LoopbackReceiver.h"
#include "auth/VkId.h"
#include "net/SystemBrowser.h"
#include "net/WebViewProcess.h"

#include <QRegularExpression>

namespace vkauth::cli {

LoginVkIdCommand::LoginVkIdCommand(Output &output, const Settings &settings)
    : SignInCommand(output, settings, QStringLiteral("login vkid"), {})
{
}

QString LoginVkIdCommand::description() const
{
    return tr("Signs in with VK ID (OAuth 2.1 with PKCE) through your own VK ID app: its access\n"
              "token lasts about an hour and is refreshed when used (token, check). Register the\n"
              "redirect URL http://127.0.0.1:PORT/PATH in the app's settings and give the same here.\n"
              "With --browser system (the default) the page opens in your browser ($BROWSER, else\n"
              "xdg-open) and a one-shot listener on 127.0.0.1 catches the answer; the address is\n"
              "printed as well. With --browser paste you paste the address the browser ends on.");
}

void LoginVkIdCommand::addOptions(CommandParser &parser) const
{
    parser.add(valueOption(QStringLiteral("client-id"), tr("The VK ID app's id."), tr("ID")));
    parser.add(valueOption(QStringLiteral("redirect-uri"),
        tr("The redirect URL registered in the app's settings, e.g. http://127.0.0.1:53682/vkid."),
        tr("URL")));
    parser.add(valueOption(QStringLiteral("scope"), tr("VK ID permissions, space separated."), tr("SCOPE"),
        QStringLiteral("vkid.personal_info")));
    parser.add(valueOption(QStringLiteral("browser"),
        tr("system: your browser and a listener on 127.0.0.1; paste: paste the address the browser\n"
           "ends on; window: VK's page in vkauth-webview's window."),
        tr("HOW")));
    parser.add(TimeoutOption::option());
    addSaveOptions(parser);
}

int LoginVkIdCommand::execute(const CommandParser &parser, const std::optional<Profile> &)
{
    if (const auto ended = begin(parser))
        return *ended;
    if (!parser.positional().isEmpty())
        return m_output.fail(
            Usage, tr("login vkid takes no arguments, got \"%1\".").arg(parser.positional().first()));
    const QString how = parser.isSet(QStringLiteral("browser")) ? parser.value(QStringLiteral("browser"))
                                                                : QStringLiteral("system");
    if (how != u"system" && how != u"paste" && how != u"window")
        return m_output.fail(Usage, tr("--browser needs system, paste or window, got \"%1\".").arg(how));
    VkIdApp app;
    app.clientId = parser.value(QStringLiteral("client-id"));
    if (!SignInRequest::isAppId(app.clientId))
        return m_output.fail(Usage, tr("login vkid needs --client-id with the app's id (a number)."));
    app.redirectUri = QUrl(parser.value(QStringLiteral("redirect-uri")), QUrl::StrictMode);
    if (!SignInRequest::isRedirectUri(app.redirectUri, false))
        return m_output.fail(
            Usage, tr("login vkid needs --redirect-uri with the redirect URL registered for the app."));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    app.scopes = parser.value(QStringLiteral("scope")).split(spaces, Qt::SkipEmptyParts);
    SignInRequest timeoutOnly;
    if (const auto ended = readTimeout(parser, timeoutOnly))
        return *ended;
    m_network.timeoutMs = timeoutOnly.timeoutMs;
    if (m_network.endpoints.id.isEmpty())
        return m_output.fail(Usage, tr("No VK ID address is set (VKAUTH_ID_URL)."));

    PageRunner *pages = nullptr;
    if (how == u"system") {
        auto *receiver = new LoopbackReceiver(&SystemBrowser::open, context());
        QObject::connect(
            receiver, &LoopbackReceiver::waiting, context(), [this](const QUrl &url, bool opened) {
                m_output.message(opened
                        ? tr("Sign in on VK ID's page in your browser. If it did not open, open "
                             "this address:")
                        : tr("No browser could be opened. Open this address in a browser:"));
                m_output.err() << "\n  " << url.toString(QUrl::FullyEncoded) << "\n\n" << Qt::flush;
                m_output.message(tr("Waiting for the answer on 127.0.0.1…"));
            });
        pages = receiver;
    } else if (how == u"window") {
        pages = new WebViewProcess(context());
        m_output.message(tr("Sign in on VK's page in the window that opens…"));
    } else {
        pages = m_paste = new PastePage(m_input, m_output, m_network.endpoints, context());
    }
    runVkId(app, pages);
    return m_loop.exec();
}

} // namespace vkauth::cli
