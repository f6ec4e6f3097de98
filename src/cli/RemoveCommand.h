// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace vkauth::cli {

// "remove PROFILE": deletes the token from the system keychain, then the profile. A VK ID profile's
// grant is revoked at VK first (/oauth2/revoke, with a refreshed token when needed); what could not be
// done there is said, and the profile is removed all the same.
class RemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::ProfileCommands)

public:
    explicit RemoveCommand(Output &output);

protected:
    QString description() const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;

private:
    void revokeThenRemove(const Profile &profile);
    void removeLocally(const Profile &profile, const QString &revokeProblem);
};

} // namespace vkauth::cli
