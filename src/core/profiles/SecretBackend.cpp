// SPDX-License-Identifier: MIT
#include "profiles/SecretBackend.h"

#include <QCoreApplication>

namespace vkauth {

QString secretBackendName(SecretBackend backend)
{
    return backend == SecretBackend::Vault ? QStringLiteral("vault") : QStringLiteral("keychain");
}

std::optional<SecretBackend> secretBackendFromName(const QString &name)
{
    if (name == u"keychain")
        return SecretBackend::Keychain;
    if (name == u"vault")
        return SecretBackend::Vault;
    return std::nullopt;
}

std::optional<SecretBackend> chooseSecretBackend(SecretBackend fromSettings, QString *problem)
{
    const QString fromEnv = qEnvironmentVariable("VKAUTH_SECRET_STORE").trimmed();
    if (!fromEnv.isEmpty()) {
        if (const auto backend = secretBackendFromName(fromEnv))
            return backend;
        if (problem) {
            *problem = QCoreApplication::translate(
                "SecretStore", "VKAUTH_SECRET_STORE must be \"keychain\" or \"vault\", not \"%1\".")
                           .arg(fromEnv.left(40));
        }
        return std::nullopt;
    }
    return fromSettings;
}

} // namespace vkauth
