// SPDX-License-Identifier: MIT
#pragma once

#include "AuthWebPage.h"

#include <QUrl>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QWebEngineProfile;
class QWebEngineView;

namespace vkauth::webview {

// A small browser for VK's pages: the address (host and a lock) above a web view, with a fresh
// off-the-record profile of its own, so no cookie outlives it or leaks into another attempt.
// Lives only in the vkauth-webview helper: the app never loads QtWebEngine.
class AuthWebView : public QWidget
{
    Q_OBJECT
public:
    AuthWebView(
        AuthWebPage::UrlPredicate isFinal, AuthWebPage::UrlPredicate isAllowed, QWidget *parent = nullptr);
    ~AuthWebView() override;

    void load(const QUrl &url);
    AuthWebPage *page() const;
    QWebEngineView *view() const;
    QWebEngineProfile *profile() const;
    QString addressText() const;
    QString lockToolTip() const;

Q_SIGNALS:
    void finalUrlReached(const QUrl &url);
    void loadFailed(const QString &message);
    void loadSucceeded(const QUrl &url);

private:
    void showAddress(const QUrl &url);

    QLabel *m_lock;
    QLabel *m_address;
    QProgressBar *m_progress;
    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<AuthWebPage> m_page;
    QWebEngineView *m_view;
};

} // namespace vkauth::webview
