// SPDX-License-Identifier: MIT
#pragma once

#include "Settings.h"

#include <QDialog>

class QCheckBox;

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace vkauth {
class ProfileStore;
class SecretVault;
class StoreMigration;
} // namespace vkauth

namespace vkauth::gui {

// Edits the app's Settings. OK validates the fields, saves them and applies the proxy at once; the
// language is used from the next start (the windows built from .ui files are not re-translated live).
// With a profile store (setProfileStore), "Keep tokens in" moves every token to the chosen store on
// OK (StoreMigration: all or nothing; a new vault's passphrase is asked for first), with progress;
// a failure keeps the dialog open with the reason and nothing saved. $VKAUTH_SECRET_STORE locks it.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const Settings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The app's store and its open vault (null when the tokens are in the keychain).
    void setProfileStore(ProfileStore *store, std::shared_ptr<SecretVault> vault);

    Settings settings() const; // what the fields say now

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void settingsSaved(const vkauth::Settings &settings);
    // After the tokens moved: the vault now in use (null: the keychain) and what to tell the user.
    void secretStoreMoved(const std::shared_ptr<vkauth::SecretVault> &vault, const QString &message);

private:
    void showValues(const Settings &settings);
    void updateProxyFields();
    void updateSecretStoreNote();
    SecretBackend chosenBackend() const;
    void moveTokens(const Settings &s);
    void save(const Settings &s);
    void setBusy(bool busy);

    void addScopeChecks();
    void alignLabels();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QList<QCheckBox *> m_scopeBoxes;
    bool m_syncingScopes = false;
    Settings m_initial;
    ProfileStore *m_store = nullptr;
    std::shared_ptr<SecretVault> m_vault;
    StoreMigration *m_migration = nullptr;
};

} // namespace vkauth::gui
