// SPDX-License-Identifier: MIT
#pragma once

#include "net/NetworkContext.h"
#include "profiles/SecretBackend.h"

#include <QNetworkProxy>
#include <QString>

class QSettings;

namespace vkauth {

// The app's preferences: non-secret values only (tokens and passwords live in the keychain, never
// here). A plain value: load it, change fields, save it. Stored with QSettings under the
// application's organisation and name (~/.config/vkauth/vkauth.conf on Linux).
struct Settings
{
    enum class ProxyMode { System, None, Manual };

    QString language; // "" = follow the system, else a code of Translations::available()
    VkDomain domain = VkDomain::VkRu; // which VK domain the endpoints use
    ProxyMode proxyMode = ProxyMode::System;
    QNetworkProxy::ProxyType proxyType = QNetworkProxy::HttpProxy; // HttpProxy or Socks5Proxy
    QString proxyHost;
    quint16 proxyPort = 8080;
    int requestTimeoutSeconds = NetworkContext::kDefaultTimeoutMs / 1000; // for every HTTP request to VK
    int clipboardClearSeconds = 30; // 0 = never clear a copied token
    QString defaultApp = QStringLiteral("android"); // AppCredentials key preselected for sign-in
    QString defaultScopes
        = QStringLiteral("offline"); // scope text preselected for sign-in (DECISIONS: minimal)
    // Where profile secrets are kept; $VKAUTH_SECRET_STORE wins (chooseSecretBackend).
    SecretBackend secretStore = SecretBackend::Keychain;
    // Whether secretStore was chosen (by a person or a migration) rather than left at its default:
    // only a choice is written, so saving other settings never answers the CLI's vault offer.
    bool secretStoreChosen = false;

    static constexpr int kMinTimeoutSeconds = 5;
    static constexpr int kMaxTimeoutSeconds = 300;
    static constexpr int kMaxClipboardClearSeconds = 600;

    // Whether a secret store was ever chosen and saved (the CLI offers the vault only before that).
    static bool hasSecretStoreChoice();
    static Settings load();
    static Settings load(const QSettings &store);
    void save() const;
    void save(QSettings &store) const;

    // Translated problems with the values (empty when all are usable), e.g. a manual proxy without a host.
    QStringList validate() const;

    // The proxy every QNetworkAccessManager of the process uses from now on.
    void applyNetworkProxy() const;
    QNetworkProxy manualProxy() const;

    Endpoints endpoints() const { return Endpoints::fromEnvironment(domain); }

    friend bool operator==(const Settings &, const Settings &) = default;
};

} // namespace vkauth
