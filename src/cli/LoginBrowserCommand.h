// SPDX-License-Identifier: MIT
#pragma once

#include "SignInCommand.h"

namespace vkauth::cli {

// "login browser": VK's sign-in page for a user or for communities, in the web-view helper's window
// or as an address to open elsewhere and paste back.
class LoginBrowserCommand : public SignInCommand
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::LoginCommand)

public:
    LoginBrowserCommand(Output &output, const Settings &settings);

protected:
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;
};

// "verify REDIRECT_URI": VK's security check from the redirect_uri of "need_validation" (or API error
// 17) to a token. "verify --profile P": a kept token VK answers with API error 17 (validation
// required): the check gives the redirect_uri, the profile its login; the profile is kept.
class VerifyCommand : public SignInCommand
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::LoginCommand)

public:
    VerifyCommand(Output &output, const Settings &settings);

protected:
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    Needs needsFor(const CommandParser &parser) const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;

private:
    int verifyProfile(const QString &query, const SignInRequest &request);
};

} // namespace vkauth::cli
