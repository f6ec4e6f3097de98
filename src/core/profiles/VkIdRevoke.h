// SPDX-License-Identifier: MIT
#pragma once

#include "net/NetworkContext.h"

#include <QObject>
#include <QString>

#include <functional>

namespace vkauth {

class ProfileStore;
struct Profile;

// Before a VK ID profile is removed, its grant is revoked at VK ID (/oauth2/revoke): a working access
// token first (FreshToken: refreshed when it has run out), then the revoke. `done` gets "" when VK ID
// took it, else why not (translated) — the front removes the profile either way and says what it
// could not do. Not for other profiles (their tokens cannot be revoked through the API). `done` runs
// once, later, unless `context` is gone.
void revokeVkIdGrant(ProfileStore *store, const NetworkContext &network, const Profile &profile,
    QObject *context, const std::function<void(const QString &problem)> &done);

} // namespace vkauth
