// SPDX-License-Identifier: MIT
#include "RemoveCommand.h"

#include "CommandParser.h"
#include "profiles/ProfileStore.h"
#include "profiles/VkIdRevoke.h"

#include <QJsonObject>

namespace vkauth::cli {

RemoveCommand::RemoveCommand(Output &output)
    : Command(output, QStringLiteral("remove"), QStringLiteral("PROFILE"), Needs::Profile)
{
}

QString RemoveCommand::description() const
{
    return tr("Forgets a profile: deletes its token from the system keychain, then the profile.");
}

int RemoveCommand::execute(const CommandParser &, const std::optional<Profile> &profile)
{
    if (profile->isVkId())
        revokeThenRemove(*profile);
    else
        removeLocally(*profile, {});
    return m_loop.exec();
}

void RemoveCommand::revokeThenRemove(const Profile &profile)
{
    revokeVkIdGrant(m_store, m_net, profile, context(),
        [this, profile](const QString &problem) { removeLocally(profile, problem); });
}

void RemoveCommand::removeLocally(const Profile &profile, const QString &revokeProblem)
{
    if (!revokeProblem.isEmpty())
        m_output.message(tr("VK ID could not revoke the access of \"%1\": %2. Revoke it in your VK account's "
                            "settings (Apps and sites).")
                             .arg(printable(profile.title()), revokeProblem));
    m_store->remove(
        profile.id, context(), [this, profile, revokeProblem](const std::optional<SecretError> &error) {
            if (error) {
                m_loop.finish(keychainFailure(*error));
                return;
            }
            if (m_output.json()) {
                QJsonObject result {{QStringLiteral("removed"), profile.id}};
                if (profile.isVkId())
                    result.insert(QStringLiteral("revoked"), revokeProblem.isEmpty());
                m_output.document(result);
            } else {
                m_output.message(tr("Removed \"%1\" (%2).").arg(printable(profile.title()), profile.id));
            }
            m_loop.finish(Ok);
        });
}

} // namespace vkauth::cli
