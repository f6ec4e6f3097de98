// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "auth/OfficialApps.h"

#include <optional>

namespace vkauth {

// When VK refuses the app rather than the account (issue 17): "application is blocked" or "...
// disabled" on /token or /authorize, and "Security Error" (VK refused this app for this account now).
namespace AppRefusal {

// The stable reason of a refusal, from VK's error and error_description: "app_blocked",
// "app_disabled", "security_error", or empty when the words are not a refusal of the app.
QString reason(const QString &error, const QString &description);
bool isAppRefusal(const AuthError &error);

// The working app to offer instead (allows the same flow, known to grant userScope; 0: any), if any.
std::optional<AppCredentials> suggestion(const AppCredentials &refused, quint32 userScope, bool direct);

// Rewrites the message of an app refusal for people: it names the app and the working apps that grant
// the permissions asked for. Other errors are left as they are. VK's own words stay in details.
void explain(AuthError &error, const AppCredentials &app, quint32 userScope, bool direct);

} // namespace AppRefusal

} // namespace vkauth
