// SPDX-License-Identifier: MIT
#include "AuthWebView.h"

#include "net/Endpoints.h"
#include "net/Redact.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace vkauth::webview {

namespace {
constexpr int kErrorAborted = -3; // net::ERR_ABORTED: a navigation we rejected ourselves

} // namespace

AuthWebView::AuthWebView(
    AuthWebPage::UrlPredicate isFinal, AuthWebPage::UrlPredicate isAllowed, QWidget *parent)
    : QWidget(parent)
{
    m_lock = new QLabel(this);
    m_lock->setObjectName(QStringLiteral("lockLabel"));
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("addressLabel"));
    m_address->setTextFormat(Qt::RichText);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(4);
    m_progress->setRange(0, 100);
    m_progress->hide();

    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("addressBar"));
    bar->setFrameShape(QFrame::StyledPanel);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->addWidget(m_lock);
    barLayout->addWidget(m_address, 1);

    m_profile = std::make_unique<QWebEngineProfile>(); // no storage name: off the record
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_page = std::make_unique<AuthWebPage>(m_profile.get(), std::move(isFinal), std::move(isAllowed));
    m_page->settings()->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("webView"));
    m_view->setPage(m_page.get());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);

    connect(m_page.get(), &AuthWebPage::finalUrlReached, this, &AuthWebView::finalUrlReached);
    connect(m_page.get(), &QWebEnginePage::urlChanged, this, &AuthWebView::showAddress);
    connect(m_page.get(), &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page.get(), &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        m_progress->setVisible(info.status() == QWebEngineLoadingInfo::LoadStartedStatus);
        if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus)
            Q_EMIT loadSucceeded(info.url());
        if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus && info.errorCode() != kErrorAborted)
            Q_EMIT loadFailed(tr("Could not open %1: %2").arg(info.url().host(), info.errorString()));
    });
}

AuthWebView::~AuthWebView()
{
    // The page goes before its profile, the view before the page.
    delete m_view;
    m_page.reset();
    m_profile.reset();
}

void AuthWebView::load(const QUrl &url)
{
    showAddress(url);
    m_page->load(url);
}

AuthWebPage *AuthWebView::page() const
{
    return m_page.get();
}

QWebEngineView *AuthWebView::view() const
{
    return m_view;
}

QWebEngineProfile *AuthWebView::profile() const
{
    return m_profile.get();
}

QString AuthWebView::addressText() const
{
    return m_address->text();
}

QString AuthWebView::lockToolTip() const
{
    return m_lock->toolTip();
}

void AuthWebView::showAddress(const QUrl &url)
{
    const bool secure = url.scheme() == u"https";
    m_lock->setPixmap(QIcon(
        secure ? QStringLiteral(":/icons/lock-secure.svg") : QStringLiteral(":/icons/lock-insecure.svg"))
                          .pixmap(16, 16));
    m_lock->setToolTip(secure                       ? tr("Secure connection (https)")
            : Endpoints::isLoopbackHost(url.host()) ? tr("Not encrypted (this computer)")
                                                    : tr("Not encrypted"));
    const QString host
        = url.port(-1) > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    m_address->setText(QStringLiteral("<b>%1</b><span style=\"color:gray\">%2</span>")
                           .arg(host.toHtmlEscaped(), url.path().toHtmlEscaped()));
    m_address->setToolTip(Redact::url(url));
}

} // namespace vkauth::webview
