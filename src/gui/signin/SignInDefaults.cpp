// SPDX-License-Identifier: MIT
#include "signin/SignInDefaults.h"

#include "auth/Scopes.h"

#include <QSettings>

namespace vkauth::gui {

namespace {

const QString kVkIdClient = QStringLiteral("signIn/vkId/clientId");
const QString kVkIdRedirect = QStringLiteral("signIn/vkId/redirectUri");
const QString kVkIdScope = QStringLiteral("signIn/vkId/scope");
const QString kVkIdBrowser = QStringLiteral("signIn/vkId/systemBrowser");

void loadVkIdApp(SignInRequest &r)
{
    const QSettings store;
    r.vkIdApp.clientId = store.value(kVkIdClient).toString();
    r.vkIdApp.redirectUri = QUrl(store.value(kVkIdRedirect).toString(), QUrl::StrictMode);
    r.vkIdApp.scopes = store.value(kVkIdScope, QStringLiteral("vkid.personal_info"))
                           .toString()
                           .split(u' ', Qt::SkipEmptyParts);
    r.systemBrowser = store.value(kVkIdBrowser, false).toBool();
}

} // namespace

void rememberVkIdApp(const SignInRequest &request)
{
    if (request.method != SignInRequest::Method::VkId)
        return;
    QSettings store;
    store.setValue(kVkIdClient, request.vkIdApp.clientId);
    store.setValue(kVkIdRedirect, request.vkIdApp.redirectUri.toString());
    store.setValue(kVkIdScope, request.vkIdApp.scopes.join(u' '));
    store.setValue(kVkIdBrowser, request.systemBrowser);
}

SignInRequest defaultSignInRequest(const Settings &settings)
{
    SignInRequest r;
    r.app = AppCredentials::byKey(settings.defaultApp).value_or(AppCredentials::official().first());
    r.method = r.app.directLogin ? SignInRequest::Method::Password : SignInRequest::Method::BrowserUser;
    r.scope = Scopes::parse(settings.defaultScopes, ScopeKind::User)
                  .mask.value_or(Scopes::allMask(ScopeKind::User));
    r.timeoutMs = settings.requestTimeoutSeconds * 1000;
    r.domain = settings.domain;
    loadVkIdApp(r);
    return r;
}

SignInRequest signInRequestFor(const Profile &profile, const Settings &settings)
{
    SignInRequest r = defaultSignInRequest(settings);
    r.app = AppCredentials::byKey(profile.appKey).value_or(AppCredentials::custom(profile.appClientId, {}));
    r.scope = profile.scope;
    r.login = profile.email;
    if (profile.isVkId()) {
        r.method = SignInRequest::Method::VkId;
        if (r.vkIdApp.clientId != profile.appClientId)
            r.vkIdApp.redirectUri.clear();
        r.vkIdApp.clientId = profile.appClientId;
        if (!profile.scopeText.isEmpty())
            r.vkIdApp.scopes = profile.scopeText.split(u' ', Qt::SkipEmptyParts);
        return r;
    }
    if (profile.kind == TokenKind::Community) {
        r.method = SignInRequest::Method::BrowserCommunity;
        r.groupIds = {profile.vkId};
    } else {
        // A custom app's secret is not kept, so a custom app starts in the browser.
        r.method = r.app.directLogin ? SignInRequest::Method::Password : SignInRequest::Method::BrowserUser;
        if (r.method == SignInRequest::Method::Password && profile.hasTrustedHash)
            r.trustedProfileId = profile.id;
    }
    return r;
}

} // namespace vkauth::gui
