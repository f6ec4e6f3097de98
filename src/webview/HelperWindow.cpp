// SPDX-License-Identifier: MIT
#include "HelperWindow.h"

#include "AuthWebView.h"
#include "net/Endpoints.h"

#include <QCloseEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWindow>

namespace vkauth::webview {

namespace {
bool sameTarget(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1)
        && a.path() == b.path();
}
} // namespace

HelperWindow::HelperWindow(const PageJob &job, QWidget *parent)
    : QWidget(parent)
    , m_job(job)
{
    setObjectName(QStringLiteral("webViewWindow"));
    setWindowTitle(job.title.isEmpty() ? tr("VK") : job.title);
    auto *hint = new QLabel(job.hint, this);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    hint->setVisible(!job.hint.isEmpty());
    hint->setContentsMargins(8, 6, 8, 6);
    m_web = new AuthWebView([this](const QUrl &url) { return isFinal(url); },
        [this](const QUrl &url) { return isAllowed(url); }, this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(8, 4, 8, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(hint);
    layout->addWidget(m_web, 1);
    layout->addWidget(m_status);
    resize(820, 680);

    if (!job.language.isEmpty())
        m_web->profile()->setHttpAcceptLanguage(job.language);
    AuthWebPage *page = m_web->page();
    if (job.catchSuccessToken)
        page->catchSuccessTokens();
    connect(page, &AuthWebPage::finalUrlReached, this, [this](const QUrl &url) {
        PageResult r;
        r.kind = PageResult::Kind::Caught;
        r.url = url;
        answer(r);
    });
    connect(page, &AuthWebPage::successTokenCaught, this, [this](const QString &token) {
        PageResult r;
        r.kind = PageResult::Kind::Token;
        r.successToken = token;
        answer(r);
    });
    connect(page, &AuthWebPage::navigationRefused, this, [this](const QUrl &url) {
        m_status->setText(tr("Not opened here: %1 is not one of VK's sites.")
                              .arg(url.host().isEmpty() ? url.scheme() : url.host()));
    });
    connect(m_web, &AuthWebView::loadFailed, m_status, &QLabel::setText);
    connect(m_web, &AuthWebView::loadSucceeded, this, [this] {
        m_status->clear();
        prefillLogin();
    });
    // Success or not: VK answers the JSON page with HTTP 400, which the engine counts as a failed load.
    connect(page, &QWebEnginePage::loadFinished, this, &HelperWindow::catchErrorPage);
}

HelperWindow::~HelperWindow() = default;

bool HelperWindow::isFinal(const QUrl &url) const
{
    for (const QUrl &target : m_job.catchUrls) {
        if (sameTarget(url, target))
            return true;
    }
    return false;
}

bool HelperWindow::isAllowed(const QUrl &url) const
{
    const bool https = url.scheme() == u"https";
    const bool loopbackHttp
        = url.scheme() == u"http" && m_job.allowHttpLoopback && Endpoints::isLoopbackHost(url.host());
    if (!https && !loopbackHttp)
        return false;
    const QString host = url.host().toLower();
    for (const QString &allowed : m_job.allowedHosts) {
        if (host == allowed || host.endsWith(u'.' + allowed))
            return true;
    }
    return false;
}

void HelperWindow::start()
{
    show();
    // Made transient once shown and the event loop has run: showing resets a parentless widget's
    // transient parent.
    if (m_job.parentWindow != 0) {
        QTimer::singleShot(0, this, [this] {
            QWindow *parent = QWindow::fromWinId(WId(m_job.parentWindow));
            if (parent && windowHandle()) {
                parent->setParent(nullptr);
                windowHandle()->setTransientParent(parent);
            }
        });
    }
    QWebEngineCookieStore *cookies = m_web->profile()->cookieStore();
    for (const QNetworkCookie &cookie : std::as_const(m_job.cookies)) {
        QUrl origin;
        origin.setScheme(cookie.isSecure() ? QStringLiteral("https") : m_job.url.scheme());
        const QString domain = cookie.domain().startsWith(u'.') ? cookie.domain().mid(1) : cookie.domain();
        origin.setHost(domain.isEmpty() ? m_job.url.host() : domain);
        if (domain.isEmpty() || domain == m_job.url.host())
            origin.setPort(m_job.url.port(-1));
        cookies->setCookie(cookie, origin);
    }
    m_job.cookies.clear();
    if (!isAllowed(m_job.url)) {
        PageResult r;
        r.kind = PageResult::Kind::Error;
        r.message = tr("Refused to open %1: not one of VK's sites.").arg(m_job.url.host());
        answer(r);
        return;
    }
    m_web->load(m_job.url);
}

void HelperWindow::prefillLogin()
{
    if (m_job.login.isEmpty() || !isAllowed(m_web->page()->url()))
        return;
    // Fills the login box of VK's form if it is there and still empty; the value goes in as a JSON string.
    const QString login = QString::fromUtf8(
        QJsonDocument::fromVariant(QVariantList {m_job.login}).toJson(QJsonDocument::Compact));
    m_web->page()->runJavaScript(
        QStringLiteral("(function(v){var e=document.querySelector('input[name=email],input[name=login],"
                       "input[name=phone],input[type=email]');if(e&&!e.value){e.value=v;"
                       "e.dispatchEvent(new Event('input',{bubbles:true}));}})(%1[0]);")
            .arg(login),
        QWebEngineScript::ApplicationWorld);
}

void HelperWindow::catchErrorPage()
{
    // VK answers a refused app on /authorize ("application is blocked") with a bare JSON page, not with
    // a redirect: such a page ends the job as if VK had sent blank.html#error=…, with our state.
    const QUrl url = m_web->page()->url();
    if (m_job.catchUrls.isEmpty() || !url.path().endsWith(QLatin1String("/authorize")) || !isAllowed(url))
        return;
    m_web->page()->runJavaScript(
        QStringLiteral("(function(){var t=document.body?document.body.innerText.trim():'';"
                       "return t.charAt(0)==='{'&&t.length<4096?t:'';})()"),
        QWebEngineScript::ApplicationWorld, [this](const QVariant &text) {
            const QJsonObject json = QJsonDocument::fromJson(text.toString().toUtf8()).object();
            const QString error = json.value(QLatin1String("error")).toString();
            if (error.isEmpty())
                return;
            QUrlQuery fragment;
            fragment.addQueryItem(QStringLiteral("error"), error);
            fragment.addQueryItem(QStringLiteral("error_description"),
                json.value(QLatin1String("error_description")).toString());
            const QString state = QUrlQuery(m_job.url).queryItemValue(QStringLiteral("state"));
            if (!state.isEmpty())
                fragment.addQueryItem(QStringLiteral("state"), state);
            QUrl caught = m_job.catchUrls.first();
            caught.setFragment(fragment.toString(QUrl::FullyEncoded), QUrl::TolerantMode);
            PageResult r;
            r.kind = PageResult::Kind::Caught;
            r.url = caught;
            answer(r);
        });
}

void HelperWindow::closeEvent(QCloseEvent *event)
{
    PageResult r;
    r.kind = PageResult::Kind::Closed;
    answer(r);
    event->accept();
}

void HelperWindow::answer(const PageResult &result)
{
    if (m_answered)
        return;
    m_answered = true;
    Q_EMIT answered(result);
}

} // namespace vkauth::webview
