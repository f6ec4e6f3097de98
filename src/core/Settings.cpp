// SPDX-License-Identifier: MIT
#include "Settings.h"

#include "Translations.h"
#include "auth/OfficialApps.h"
#include "auth/Scopes.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QSettings>

namespace vkauth {

namespace {

const QString kLanguage = QStringLiteral("interface/language");
const QString kDomain = QStringLiteral("network/domain");
const QString kProxyMode = QStringLiteral("network/proxyMode");
const QString kProxyType = QStringLiteral("network/proxyType");
const QString kProxyHost = QStringLiteral("network/proxyHost");
const QString kProxyPort = QStringLiteral("network/proxyPort");
const QString kTimeout = QStringLiteral("network/requestTimeoutSeconds");
const QString kClipboard = QStringLiteral("interface/clipboardClearSeconds");
const QString kDefaultApp = QStringLiteral("signIn/defaultApp");
const QString kDefaultScopes = QStringLiteral("signIn/defaultScopes");
const QString kSecretStore = QStringLiteral("secrets/store");

QString proxyModeName(Settings::ProxyMode mode)
{
    switch (mode) {
    case Settings::ProxyMode::None:
        return QStringLiteral("none");
    case Settings::ProxyMode::Manual:
        return QStringLiteral("manual");
    case Settings::ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

Settings::ProxyMode proxyModeFromName(const QString &name)
{
    if (name == u"none")
        return Settings::ProxyMode::None;
    if (name == u"manual")
        return Settings::ProxyMode::Manual;
    return Settings::ProxyMode::System;
}

} // namespace

bool Settings::hasSecretStoreChoice()
{
    return QSettings().contains(kSecretStore);
}

Settings Settings::load()
{
    return load(QSettings());
}

// Unknown or out-of-range stored values fall back to the defaults: a hand-edited file never breaks start-up.
Settings Settings::load(const QSettings &store)
{
    Settings s;
    const QString language = store.value(kLanguage).toString();
    if (Translations::available().contains(language))
        s.language = language;
    s.domain = store.value(kDomain).toString() == Endpoints::domainName(VkDomain::VkCom) ? VkDomain::VkCom
                                                                                         : VkDomain::VkRu;
    s.proxyMode = proxyModeFromName(store.value(kProxyMode).toString());
    s.proxyType = store.value(kProxyType).toString() == u"socks5" ? QNetworkProxy::Socks5Proxy
                                                                  : QNetworkProxy::HttpProxy;
    s.proxyHost = store.value(kProxyHost).toString().trimmed();
    bool ok = false;
    const uint port = store.value(kProxyPort).toUInt(&ok);
    if (ok && port > 0 && port <= 65535)
        s.proxyPort = quint16(port);
    const int timeout = store.value(kTimeout).toInt(&ok);
    if (ok && timeout >= kMinTimeoutSeconds && timeout <= kMaxTimeoutSeconds)
        s.requestTimeoutSeconds = timeout;
    const int clear = store.value(kClipboard).toInt(&ok);
    if (ok && clear >= 0 && clear <= kMaxClipboardClearSeconds)
        s.clipboardClearSeconds = clear;
    const QString app = store.value(kDefaultApp).toString();
    if (AppCredentials::byKey(app))
        s.defaultApp = app;
    const QString scopes = store.value(kDefaultScopes).toString();
    if (!scopes.isEmpty() && Scopes::parse(scopes, ScopeKind::User).mask)
        s.defaultScopes = scopes;
    if (const auto backend = secretBackendFromName(store.value(kSecretStore).toString())) {
        s.secretStore = *backend;
        s.secretStoreChosen = true;
    }
    return s;
}

void Settings::save() const
{
    QSettings store;
    save(store);
}

void Settings::save(QSettings &store) const
{
    store.setValue(kLanguage, language);
    store.setValue(kDomain, Endpoints::domainName(domain));
    store.setValue(kProxyMode, proxyModeName(proxyMode));
    store.setValue(kProxyType,
        proxyType == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : QStringLiteral("http"));
    store.setValue(kProxyHost, proxyHost);
    store.setValue(kProxyPort, proxyPort);
    store.setValue(kTimeout, requestTimeoutSeconds);
    store.setValue(kClipboard, clipboardClearSeconds);
    store.setValue(kDefaultApp, defaultApp);
    store.setValue(kDefaultScopes, defaultScopes);
    if (secretStoreChosen || secretStore != SecretBackend::Keychain)
        store.setValue(kSecretStore, secretBackendName(secretStore));
    store.sync();
}

QStringList Settings::validate() const
{
    QStringList problems;
    if (proxyMode == ProxyMode::Manual && proxyHost.trimmed().isEmpty())
        problems << QCoreApplication::translate("Settings", "Enter the proxy's host name or address.");
    if (proxyMode == ProxyMode::Manual && proxyPort == 0)
        problems << QCoreApplication::translate("Settings", "Enter the proxy's port.");
    if (requestTimeoutSeconds < kMinTimeoutSeconds || requestTimeoutSeconds > kMaxTimeoutSeconds)
        problems << QCoreApplication::translate(
            "Settings", "The request timeout must be between %1 and %2 seconds.")
                        .arg(kMinTimeoutSeconds)
                        .arg(kMaxTimeoutSeconds);
    if (clipboardClearSeconds < 0 || clipboardClearSeconds > kMaxClipboardClearSeconds)
        problems << QCoreApplication::translate(
            "Settings", "The clipboard clear time must be between 0 and %1 seconds.")
                        .arg(kMaxClipboardClearSeconds);
    if (!AppCredentials::byKey(defaultApp))
        problems << QCoreApplication::translate("Settings", "Unknown app \"%1\".").arg(defaultApp);
    const ScopeParseResult scopes = Scopes::parse(defaultScopes, ScopeKind::User);
    if (!scopes.mask)
        problems << scopes.error;
    return problems;
}

QNetworkProxy Settings::manualProxy() const
{
    return QNetworkProxy(proxyType, proxyHost.trimmed(), proxyPort);
}

void Settings::applyNetworkProxy() const
{
    switch (proxyMode) {
    case ProxyMode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy::DefaultProxy);
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    case ProxyMode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        return;
    case ProxyMode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(manualProxy());
        return;
    }
}

} // namespace vkauth
