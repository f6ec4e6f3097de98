// SPDX-License-Identifier: MIT
#include "signin/SignInDefaults.h"

#include "auth/Scopes.h"

namespace vkauth::gui {

SignInRequest defaultSignInRequest(const Settings &settings)
{
    SignInRequest r;
    r.app = AppCredentials::byKey(settings.defaultApp).value_or(AppCredentials::official().first());
    r.method = r.app.directLogin ? SignInRequest::Method::Password : SignInRequest::Method::BrowserUser;
    r.scope = Scopes::parse(settings.defaultScopes, ScopeKind::User)
                  .mask.value_or(Scopes::allMask(ScopeKind::User));
    r.timeoutMs = settings.requestTimeoutSeconds * 1000;
    r.domain = settings.domain;
    return r;
}

SignInRequest signInRequestFor(const Profile &profile, const Settings &settings)
{
    SignInRequest r = defaultSignInRequest(settings);
    r.app = AppCredentials::byKey(profile.appKey).value_or(AppCredentials::custom(profile.appClientId, {}));
    r.scope = profile.scope;
    r.login = profile.email;
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
