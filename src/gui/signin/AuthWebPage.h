#pragma once

#include <QWebEnginePage>

#include <functional>

namespace vkauth::gui {

// A page for VK's sign-in pages. Catches the final redirect (blank.html, or whatever the owner
// says is final) and rejects it so that page never renders; sends links to other sites, and pages
// that want a new window, to the system browser.
class AuthWebPage : public QWebEnginePage
{
    Q_OBJECT
public:
    using UrlPredicate = std::function<bool(const QUrl &)>;

    AuthWebPage(
        QWebEngineProfile *profile, UrlPredicate isFinal, UrlPredicate isOwnSite, QObject *parent = nullptr);

Q_SIGNALS:
    void finalUrlReached(const QUrl &url); // once
    void externalUrlRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
        const QString &source) override;

private:
    void reachFinal(const QUrl &url);
    void openExternally(const QUrl &url);

    UrlPredicate m_isFinal;
    UrlPredicate m_isOwnSite;
    bool m_finalReached = false;
};

} // namespace vkauth::gui
