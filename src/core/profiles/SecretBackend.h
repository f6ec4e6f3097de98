// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace vkauth {

// Where profile secrets are kept: the OS keychain (Secret Service, Keychain, Credential Manager) or
// the encrypted vault file beside the profile index (SecretVault, docs/vault.md).
enum class SecretBackend { Keychain, Vault };

QString secretBackendName(SecretBackend backend); // "keychain" / "vault" (stable: settings, index, env)
std::optional<SecretBackend> secretBackendFromName(const QString &name);

// The store to use: $VKAUTH_SECRET_STORE when set (it wins), else the settings' choice. A variable
// with another value than "keychain" or "vault" is refused: nullopt, and *problem says why.
std::optional<SecretBackend> chooseSecretBackend(SecretBackend fromSettings, QString *problem);

} // namespace vkauth
