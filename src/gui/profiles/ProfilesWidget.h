// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QHash>
#include <QSet>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QModelIndex;
class QSortFilterProxyModel;

namespace Ui {
class ProfilesWidget;
}

namespace vkauth {
class ProfileStore;
class TokenChecker;
struct CheckResult;
struct NetworkContext;
} // namespace vkauth

namespace vkauth::gui {

class CheckAll;
class Clipboard;
class ProfileAvatars;
class ProfileModel;
class TokenField;

// The main window's profile list: accounts with their communities beneath them, a search field, and a
// details pane (permissions by name, expiry as a date and "in N days", last check, keychain state)
// with the actions copy token (Ctrl+C), check, rename (F2), remove (Delete, with confirmation; the
// keychain entry goes too), sign in again, and retry saving for tokens the keychain did not take.
// Self-contained: give it the store and the clipboard; it makes its own TokenChecker.
class ProfilesWidget : public QWidget
{
    Q_OBJECT
public:
    ProfilesWidget(ProfileStore *store, Clipboard *clipboard, QWidget *parent = nullptr);
    ~ProfilesWidget() override;

    QString currentProfileId() const;
    void selectProfile(const QString &id);

    // A banner above the list for problems with the store itself: pass ProfileStore::load()'s report
    // message after loading (index recovered or unreadable); index write failures show by themselves.
    // An empty message hides it.
    void showStoreProblem(const QString &message);
    void focusSearch(); // Ctrl+F in the main window (Esc there clears the search, then back to the list)
    // Copy token, Check, Rename, Sign in again, Remove: for the main window's Profile menu and toolbar
    // (enabled while a profile is selected).
    QList<QAction *> profileActions() const;
    QAction *copyAction() const { return m_copyAction; }
    QAction *checkAction() const { return m_checkAction; }
    // Check all (Ctrl+Shift+T): every profile, a few at a time; checkAllProgress() after each,
    // checkAllFinished() with a summary ("5 work, 1 expired, 1 needs action"); the badges follow.
    QAction *checkAllAction() const { return m_checkAllAction; }
    QByteArray saveSplitterState() const; // the list / details split, kept by the main window
    void restoreSplitterState(const QByteArray &state);
    // Where and how long token checks and avatar fetches go: the app's settings (MainWindow, again
    // when they change). Avatars are fetched only once this was called.
    void setNetworkContext(const NetworkContext &context);

    void copyToken();
    void checkToken();
    void checkAll();
    void cancelCheckAll();
    void rename();
    void removeProfile(); // asks first
    void retrySave();

Q_SIGNALS:
    // "Sign in again": the front opens the sign-in dialog pre-filled from this profile.
    void signInAgainRequested(const vkauth::Profile &profile);
    // "Verify…" after a check met VK's "validation required" (API error 17): the front runs the
    // account verification from redirectUri (a secret: kept in memory only) and keeps the profile.
    void verifyRequested(const vkauth::Profile &profile, const QUrl &redirectUri);
    // "Solve…" after a check met VK's "not robot" captcha (API error 14 with a redirect_uri): the front
    // shows that page (a secret, memory only) and checks the token again once it is passed.
    void solveRequested(const vkauth::Profile &profile, const QUrl &redirectUri);
    // "Sign in with another app…" after VK wanted this app's tokens confirmed (API error 25).
    void signInWithAnotherAppRequested(const vkauth::Profile &profile);
    void checkAllProgress(int done, int total);
    void checkAllFinished(const QString &summary, bool cancelled);
    // A short message for the main window's status bar (timeoutMs 0: until replaced).
    void statusMessage(const QString &text, int timeoutMs);

private:
    void listChanged(); // profiles added, removed or reloaded: keep a current row and its details
    void profileUpdated(const QString &id);
    void showDetails();
    void showMessage(const QString &profileId, const QString &text); // details pane (if shown) + status bar
    void checkFinished(const QString &id, const CheckResult &result);
    void updateActions();
    std::optional<Profile> current() const;
    // The profile's token, ready to use: a VK ID profile's is refreshed first when it has run out
    // (FreshToken); a failure is told on the profile and `then` is not called.
    void withFreshToken(const QString &id, const std::function<void(const QString &token)> &then);

    std::unique_ptr<Ui::ProfilesWidget> m_ui;
    ProfileStore *m_store;
    Clipboard *m_clipboard;
    TokenChecker *m_checker;
    ProfileModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QAction *m_copyAction;
    QAction *m_checkAction;
    QAction *m_checkAllAction;
    CheckAll *m_checkAll;
    ProfileAvatars *m_avatars; // the pictures before the titles
    QAction *m_renameAction;
    QAction *m_removeAction;
    QAction *m_signInAgainAction;
    QString m_shownId; // the profile the details pane and its message are about
    void showLastFour(
        const QString &id); // the masked token's last four characters (read once, kept in memory)
    void revealToken();
    void passCheck(); // Verify… / Solve…: the page VK wants passed (after a new check when not at hand)
    QHash<QString, QUrl> m_verifyLinks; // profile id → the page VK wants passed (last check, memory only)
    TokenField *m_tokenField;
    QHash<QString, QString> m_lastFour; // profile id → its token's last four characters
    QSet<QString> m_passAfterCheck; // Verify… / Solve… pressed with no page at hand: after the check
};

} // namespace vkauth::gui
