// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "Settings.h"

namespace vkauth::cli {

// "check PROFILE": asks VK whether the profile's token still works; the answer is kept in the
// profile.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::ProfileCommands)

public:
    CheckCommand(Output &output, const Settings &settings);

protected:
    QString description() const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;

private:
    Settings m_settings; // where the check goes (domain, proxy, timeout), as the app's
};

} // namespace vkauth::cli
