// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthResult.h"
#include "auth/SignIn.h"
#include "auth/SignInRequest.h"
#include "profiles/Profile.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QProgressBar;
class QPushButton;

namespace Ui {
class MainWindow;
}

namespace vkauth {
class ProfileStore;
class SecretVault;
} // namespace vkauth

namespace vkauth::gui {

class Clipboard;
class ProfilesWidget;
class SignInDialog;
class SignInSession;

// The app's window: the kept profiles (or a call to sign in when there are none), File → Sign in /
// Export / Import / Settings, and the status bar. A finished sign-in goes straight into the profile
// store and its profile is selected.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr); // loads the profiles of ProfileStore::defaultDataDir()
    // The same with the tokens in this opened vault (null: the keychain), VaultPassphraseDialog::openForApp.
    explicit MainWindow(std::shared_ptr<SecretVault> vault, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openSignInDialog(); // a fresh form, with the defaults from the settings
    void openSignInDialogFor(const vkauth::Profile &profile); // pre-filled to sign in again
    void openAddTokenDialog(); // keep a token the user already has (issue 14)
    void signIn(const SignInRequest &request); // runs a sign-in without the form
    SignInSession *session() const;
    ProfileStore *profileStore() const { return m_store; }
    ProfilesWidget *profilesWidget() const { return m_profiles; }
    Clipboard *clipboard() const { return m_clipboard; }

Q_SIGNALS:
    void signInRequested();
    // After a successful sign-in, once the tokens are in the store; profileIds match tokens.
    void tokensObtained(const QList<vkauth::ObtainedToken> &tokens, const QList<vkauth::AccountName> &names,
        const QStringList &profileIds);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showSignInDialog(const SignInRequest &prefill);
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;
    void showSettings();
    void applySettings();
    void signInFinished(const SignInResult &result);
    void setSignInEnabled(bool enabled);
    void updatePage();
    void showCountdown(int remainingSeconds);
    // suggested: VK refused the app; the box offers to sign in again with this one (one click).
    void showError(const AuthError &error, const std::optional<AppCredentials> &suggested = std::nullopt);
    void reportPartialGrant(const SignInResult &result);
    void offerCommunityTokens(const QList<ObtainedToken> &tokens);
    void verifyProfile(const vkauth::Profile &profile, const QUrl &redirectUri);
    void solveCaptcha(const vkauth::Profile &profile, const QUrl &redirectUri);
    void signInWithAnotherApp(const vkauth::Profile &profile);
    void setUpCheckAll();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<SecretVault> m_vault; // the open vault, kept for a move back to the keychain
    ProfileStore *m_store;
    Clipboard *m_clipboard;
    ProfilesWidget *m_profiles;
    QPointer<SignInSession> m_session;
    // The form of the running sign-in, hidden meanwhile: shown again with the error if it fails.
    QPointer<SignInDialog> m_signInForm;
    QProgressBar *m_checkAllProgress = nullptr; // in the status bar while Check all runs
    QPushButton *m_checkAllCancel = nullptr;
    SignInRequest m_lastRequest; // of the running or last sign-in, without its password
    QString m_verifying; // the profile whose account verification runs ("Verify…")
};

} // namespace vkauth::gui
