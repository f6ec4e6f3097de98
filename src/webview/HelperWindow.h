// SPDX-License-Identifier: MIT
#pragma once

#include "auth/PageRunner.h"

#include <QWidget>

class QLabel;

namespace vkauth::webview {

class AuthWebView;

// The helper's one window: a hint, VK's page with its address and lock, a status line. It answers
// exactly once through answered(): the caught URL, a success_token, "closed" or an error.
class HelperWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelperWindow(const PageJob &job, QWidget *parent = nullptr);
    ~HelperWindow() override;

    void start(); // shows the window (transient for the job's parent) and loads the page
    AuthWebView *webView() const { return m_web; }
    bool isAllowed(const QUrl &url) const;
    bool isFinal(const QUrl &url) const;

Q_SIGNALS:
    void answered(const vkauth::PageResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void answer(const PageResult &result);
    void prefillLogin();
    void catchErrorPage();

    PageJob m_job;
    QLabel *m_status;
    AuthWebView *m_web;
    bool m_answered = false;
};

} // namespace vkauth::webview
