// SPDX-License-Identifier: MIT
#include "RemoveCommand.h"

#include "CommandParser.h"
#include "profiles/ProfileStore.h"

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
    m_store->remove(
        profile->id, context(), [this, profile = *profile](const std::optional<SecretError> &error) {
            if (error) {
                m_loop.finish(keychainFailure(*error));
                return;
            }
            if (m_output.json())
                m_output.document(QJsonObject {{QStringLiteral("removed"), profile.id}});
            else
                m_output.message(tr("Removed \"%1\" (%2).").arg(printable(profile.title()), profile.id));
            m_loop.finish(Ok);
        });
    return m_loop.exec();
}

} // namespace vkauth::cli
