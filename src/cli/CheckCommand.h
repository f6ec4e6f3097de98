// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "Settings.h"

namespace vkauth::cli {

// "check PROFILE": asks VK whether the profile's token still works; the answer is kept in the
// profile. "check" alone (or "check --all") checks every profile at once and prints a table, as
// "gh auth status" does: exit 0 when every token works, NotAllValid otherwise.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::ProfileCommands)

public:
    CheckCommand(Output &output, const Settings &settings);

protected:
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    Needs needsFor(const CommandParser &parser) const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;

private:
    int checkAll();
    // One row of "check --all" (a keychain failure is a row too, with `status` "keychain").
    struct Row
    {
        Profile profile;
        QString status;
        QString message;
        QString reason; // CheckResult::reason ("validation_required", ...), in --json
    };
    void printAll(const QList<Row> &rows);

    Settings m_settings; // where the check goes (domain, proxy, timeout), as the app's
};

} // namespace vkauth::cli
