// SPDX-License-Identifier: MIT
#include "profiles/VkIdRevoke.h"

#include "auth/VkIdClient.h"
#include "profiles/FreshToken.h"
#include "profiles/Profile.h"

namespace vkauth {

void revokeVkIdGrant(ProfileStore *store, const NetworkContext &network, const Profile &profile,
    QObject *context, const std::function<void(const QString &problem)> &done)
{
    auto *fresh = new FreshToken(store, network, context);
    const QString clientId = profile.appClientId;
    QObject::connect(fresh, &FreshToken::finished, context,
        [fresh, network, clientId, context, done](const FreshToken::Result &result) {
            fresh->deleteLater();
            if (!result.ok()) {
                done(result.error ? result.error->text() : result.secretError->text());
                return;
            }
            auto *client = new VkIdClient(network, clientId, context);
            client->revoke(result.token, [client, done](const std::optional<AuthError> &error) {
                client->deleteLater();
                done(error ? error->text() : QString());
            });
        });
    fresh->fetch(profile.id);
}

} // namespace vkauth
