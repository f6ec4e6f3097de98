// SPDX-License-Identifier: MIT
#pragma once

#include "Settings.h"
#include "auth/SignInRequest.h"
#include "profiles/Profile.h"

namespace vkauth::gui {

// What a sign-in form starts with. A fresh sign-in: the default app and permissions, the request
// timeout and the VK domain from the settings.
SignInRequest defaultSignInRequest(const Settings &settings);
// "Sign in again" for a kept profile: the same kind of token, app, permissions and login (a
// community token asks for that community again). A password sign-in names the profile whose trusted
// hash may skip two-factor.
// A VK ID profile: VK ID with its app, the redirect URL last used with that app, and its scopes.
SignInRequest signInRequestFor(const Profile &profile, const Settings &settings);
// The VK ID app of the last VK ID sign-in (client id, redirect URL, scopes, browser: nothing secret),
// kept in the settings file for the next form.
void rememberVkIdApp(const SignInRequest &request);

} // namespace vkauth::gui
