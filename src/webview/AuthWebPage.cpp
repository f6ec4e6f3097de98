// SPDX-License-Identifier: MIT
#include "AuthWebPage.h"

#include "net/OAuthRedirect.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace vkauth::webview {

namespace {
// Runs in the page's own world before its scripts: wraps fetch and XMLHttpRequest to read answers
// that carry a success_token (VK's captchaNotRobot.check), and listens for messages posted to the
// window (the widget posts the token to its parent). Found tokens go out as console messages with a
// random per-run prefix, which javaScriptConsoleMessage reads; every other console message is dropped.
const char kRelayScript[] = R"JS((function () {
  var P = %1;
  function send(t) { if (typeof t === 'string' && t.length > 0) console.log(P + JSON.stringify(t)); }
  function scan(o, depth) {
    if (o === null || o === undefined || depth > 5) return;
    if (typeof o === 'string') {
      if (o.indexOf('success_token') < 0) return;
      try { o = JSON.parse(o); } catch (e) {
        var m = /success_token=([^&#"'\s]+)/.exec(o);
        if (m) send(decodeURIComponent(m[1]));
        return;
      }
    }
    if (typeof o !== 'object') return;
    if (typeof o.success_token === 'string') { send(o.success_token); return; }
    for (var k in o) { if (Object.prototype.hasOwnProperty.call(o, k)) scan(o[k], depth + 1); }
  }
  window.addEventListener('message', function (e) { scan(e.data, 0); }, true);
  if (window.fetch) {
    var f = window.fetch;
    window.fetch = function () {
      return f.apply(this, arguments).then(function (r) {
        try { r.clone().text().then(function (t) { scan(t, 0); }, function () {}); } catch (e) {}
        return r;
      });
    };
  }
  var send0 = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function () {
    this.addEventListener('load', function () {
      try { if (this.responseType === '' || this.responseType === 'text') scan(this.responseText, 0);
            else if (this.responseType === 'json') scan(this.response, 0); } catch (e) {}
    });
    return send0.apply(this, arguments);
  };
})();)JS";

bool isWebScheme(const QUrl &url)
{
    return url.scheme() == u"https" || url.scheme() == u"http";
}
} // namespace

AuthWebPage::AuthWebPage(
    QWebEngineProfile *profile, UrlPredicate isFinal, UrlPredicate isAllowed, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_isFinal(std::move(isFinal))
    , m_isAllowed(std::move(isAllowed))
{
    connect(this, &QWebEnginePage::newWindowRequested, this,
        [this](QWebEngineNewWindowRequest &request) { openExternally(request.requestedUrl()); });
    // A final URL reached without a navigation request (a same-document change) is caught here.
    connect(this, &QWebEnginePage::urlChanged, this, [this](const QUrl &url) {
        if (m_isFinal(url))
            reachFinal(url);
        else if (!m_relayPrefix.isEmpty() && !OAuthRedirect::successToken(url).isEmpty())
            reachToken(OAuthRedirect::successToken(url));
    });
}

void AuthWebPage::catchSuccessTokens()
{
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), nonce.size() / 4);
    m_relayPrefix = QStringLiteral("vkauth-token-") + QString::fromLatin1(nonce.toHex()) + u':';
    const QString prefix = QString::fromUtf8(
        QJsonDocument::fromVariant(QVariantList {m_relayPrefix}).toJson(QJsonDocument::Compact));
    QWebEngineScript script;
    script.setName(QStringLiteral("vkauth-token-relay"));
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::MainWorld);
    script.setRunsOnSubFrames(true);
    script.setSourceCode(QString::fromLatin1(kRelayScript).arg(prefix + QStringLiteral("[0]")));
    scripts().insert(script);
}

bool AuthWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (m_isFinal(url)) {
        reachFinal(url);
        return false;
    }
    if (!m_relayPrefix.isEmpty() && !OAuthRedirect::successToken(url).isEmpty()) {
        reachToken(OAuthRedirect::successToken(url));
        return false;
    }
    if (!isMainFrame)
        return isWebScheme(url) || url.scheme() == u"about" || url.scheme() == u"data";
    if (m_isAllowed(url))
        return true;
    if (type == NavigationTypeLinkClicked && isWebScheme(url))
        openExternally(url);
    else
        Q_EMIT navigationRefused(url);
    return false;
}

void AuthWebPage::javaScriptConsoleMessage(
    JavaScriptConsoleMessageLevel, const QString &message, int, const QString &)
{
    // Everything else is dropped on purpose: a sign-in page's console may echo form values.
    if (m_relayPrefix.isEmpty() || !message.startsWith(m_relayPrefix))
        return;
    const QJsonDocument doc
        = QJsonDocument::fromJson(("[" + message.mid(m_relayPrefix.size()) + "]").toUtf8());
    const QString token = doc.array().at(0).toString();
    if (!token.isEmpty())
        reachToken(token);
}

void AuthWebPage::reachFinal(const QUrl &url)
{
    if (m_finalReached)
        return;
    m_finalReached = true;
    triggerAction(Stop);
    Q_EMIT finalUrlReached(url);
}

void AuthWebPage::reachToken(const QString &token)
{
    if (m_finalReached)
        return;
    m_finalReached = true;
    triggerAction(Stop);
    Q_EMIT successTokenCaught(token);
}

void AuthWebPage::openExternally(const QUrl &url)
{
    if (!url.isValid() || !isWebScheme(url)) {
        Q_EMIT navigationRefused(url);
        return;
    }
    Q_EMIT externalUrlRequested(url);
    QDesktopServices::openUrl(url);
}

} // namespace vkauth::webview
