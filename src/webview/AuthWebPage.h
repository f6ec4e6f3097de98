// SPDX-License-Identifier: MIT
#pragma once

#include <QWebEnginePage>

#include <functional>

namespace vkauth::webview {

// A page for VK's sign-in pages. Catches the final redirect (blank.html, or whatever the job says is
// final) and rejects it so that page never renders. Main-frame navigation goes only to the allowed
// hosts: other links go to the system browser (http and https only), anything else is refused.
// In token mode the not-robot check's success_token is caught from URLs and from the relay script.
class AuthWebPage : public QWebEnginePage
{
    Q_OBJECT
public:
    using UrlPredicate = std::function<bool(const QUrl &)>;

    AuthWebPage(
        QWebEngineProfile *profile, UrlPredicate isFinal, UrlPredicate isAllowed, QObject *parent = nullptr);

    // Injects the script that relays a success_token from fetch/XMLHttpRequest answers and posted
    // messages (see README "The web-view helper").
    void catchSuccessTokens();

Q_SIGNALS:
    void finalUrlReached(const QUrl &url); // once
    void successTokenCaught(const QString &token); // once
    void externalUrlRequested(const QUrl &url);
    void navigationRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
        const QString &source) override;

private:
    void reachFinal(const QUrl &url);
    void reachToken(const QString &token);
    void openExternally(const QUrl &url);

    UrlPredicate m_isFinal;
    UrlPredicate m_isAllowed;
    QString m_relayPrefix; // empty unless catching tokens; random per page
    bool m_finalReached = false;
};

} // namespace vkauth::webview
