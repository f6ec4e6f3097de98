#pragma once

#include "AccountInfo.h"
#include "AuthResult.h"
#include "SignInRequest.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace vkauth::gui {

class SignInSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openSignInDialog();
    void signIn(const SignInRequest &request); // runs a sign-in without the form
    SignInSession *session() const;
    // The last sign-in's tokens and names, ready for the profile store.
    QList<ObtainedToken> obtainedTokens() const { return m_tokens; }
    QList<AccountName> accountNames() const { return m_names; }

Q_SIGNALS:
    void signInRequested();
    void tokensObtained(const QList<vkauth::ObtainedToken> &tokens, const QList<vkauth::AccountName> &names);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showAbout();
    void showSettings();
    void signInFinished(const AuthOutcome &outcome, const QList<AccountName> &names);
    void setSignInEnabled(bool enabled);
    void showResult();
    void showError(const AuthError &error);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<SignInSession> m_session;
    QList<ObtainedToken> m_tokens;
    QList<AccountName> m_names;
};

} // namespace vkauth::gui
