// SPDX-License-Identifier: MIT
#pragma once

#include "Settings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class VaultPassphraseDialog;
}

namespace vkauth {
class SecretVault;
}

namespace vkauth::gui {

// Asks for the passphrase of the encrypted vault (docs/vault.md): once per run to open it, or twice
// (with a strength hint) to make a new one. OK checks it at once — a wrong passphrase keeps the dialog
// open with the reason and the text selected; the vault gets the passphrase only when it opens.
class VaultPassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Unlock, Create };

    VaultPassphraseDialog(Mode mode, std::shared_ptr<SecretVault> vault, QWidget *parent = nullptr);
    ~VaultPassphraseDialog() override;

    void accept() override;

    // The app's start: the secret store the settings (or $VKAUTH_SECRET_STORE) choose. Keychain: sets
    // *vault to null and returns true. Vault: asks for its passphrase (a new vault: chosen here) and
    // returns true with the opened vault in *vault; false when the person cancelled or the variable
    // is wrong (after saying so).
    static bool openForApp(
        const Settings &settings, std::shared_ptr<SecretVault> *vault, QWidget *parent = nullptr);
    // The vault of the default data folder, not opened yet.
    static std::shared_ptr<SecretVault> defaultVault();

private:
    void showError(const QString &message);
    void updateStrength();

    std::unique_ptr<Ui::VaultPassphraseDialog> m_ui;
    Mode m_mode;
    std::shared_ptr<SecretVault> m_vault;
};

} // namespace vkauth::gui
