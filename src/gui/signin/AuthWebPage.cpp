#include "signin/AuthWebPage.h"

#include "net/Redact.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QWebEngineNewWindowRequest>

Q_LOGGING_CATEGORY(lcAuthWebPage, "vkauth.gui.webpage")

namespace vkauth::gui {

AuthWebPage::AuthWebPage(
    QWebEngineProfile *profile, UrlPredicate isFinal, UrlPredicate isOwnSite, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_isFinal(std::move(isFinal))
    , m_isOwnSite(std::move(isOwnSite))
{
    connect(this, &QWebEnginePage::newWindowRequested, this,
        [this](QWebEngineNewWindowRequest &request) { openExternally(request.requestedUrl()); });
    // A final URL reached without a navigation request (a same-document change) is caught here.
    connect(this, &QWebEnginePage::urlChanged, this, [this](const QUrl &url) {
        if (m_isFinal(url))
            reachFinal(url);
    });
}

bool AuthWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (m_isFinal(url)) {
        reachFinal(url);
        return false;
    }
    if (isMainFrame && type == NavigationTypeLinkClicked && !m_isOwnSite(url)) {
        openExternally(url);
        return false;
    }
    return true;
}

void AuthWebPage::javaScriptConsoleMessage(
    JavaScriptConsoleMessageLevel, const QString &, int, const QString &)
{
    // Dropped on purpose: a sign-in page's console may echo form values.
}

void AuthWebPage::reachFinal(const QUrl &url)
{
    if (m_finalReached)
        return;
    m_finalReached = true;
    qCInfo(lcAuthWebPage) << "final redirect reached";
    triggerAction(Stop);
    Q_EMIT finalUrlReached(url);
}

void AuthWebPage::openExternally(const QUrl &url)
{
    if (!url.isValid())
        return;
    qCInfo(lcAuthWebPage).noquote() << "opening in the system browser:" << Redact::url(url);
    Q_EMIT externalUrlRequested(url);
    QDesktopServices::openUrl(url);
}

} // namespace vkauth::gui
