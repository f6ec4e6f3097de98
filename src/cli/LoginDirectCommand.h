// SPDX-License-Identifier: MIT
#pragma once

#include "SignInCommand.h"

namespace vkauth::cli {

// "login direct": a login (or phone) and password through one of VK's official apps or your own
// (--client-id with its secret from stdin or VKAUTH_CLIENT_SECRET), or again as a saved profile
// (--profile: its login, app and trusted hash).
class LoginDirectCommand : public SignInCommand
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::LoginCommand)

public:
    LoginDirectCommand(Output &output, const Settings &settings);

protected:
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    Needs needsFor(const CommandParser &parser) const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;

private:
    // The app from --app, --client-id or the profile into request.app; an exit code on a usage error.
    std::optional<int> chooseApp(
        const CommandParser &parser, const std::optional<Profile> &profile, SignInRequest &request);
    // No --login or --phone on a terminal: asks for the login, then goes on (a usage error without one).
    int askLogin(const SignInRequest &request, bool secretFromStdin, bool passwordFromStdin);
    // Reads the app's secret (--client-secret-stdin) when asked for, then the password, then signs in.
    void readSecretsAndSignIn(const SignInRequest &request, bool secretFromStdin, bool passwordFromStdin);
    // Reads the password, then signs in.
    void signInWithPassword(const SignInRequest &request, bool passwordFromStdin);
};

} // namespace vkauth::cli
