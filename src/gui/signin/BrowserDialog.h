#pragma once

#include "auth/AuthResult.h"
#include "auth/ImplicitFlow.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BrowserDialog;
}

namespace vkauth::gui {

class AuthWebView;

// The browser half of the implicit flow: VK's authorize page in a web view, the blank.html redirect
// caught and read into tokens or an error. Closing the window cancels. finished() comes exactly once.
class BrowserDialog : public QDialog
{
    Q_OBJECT
public:
    BrowserDialog(const ImplicitFlowOptions &options, const QString &login, QWidget *parent = nullptr);
    ~BrowserDialog() override;

    void start(); // creates the web view (and with it QtWebEngine) and opens the authorize page
    AuthWebView *webView() const;

    void done(int result) override;

Q_SIGNALS:
    void finished(const vkauth::AuthOutcome &outcome);

private:
    void finish(const AuthOutcome &outcome);
    void prefillLogin();

    std::unique_ptr<Ui::BrowserDialog> m_ui;
    ImplicitFlowOptions m_options;
    QString m_login;
    AuthWebView *m_web = nullptr;
    bool m_finished = false;
};

} // namespace vkauth::gui
