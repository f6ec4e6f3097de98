// SPDX-License-Identifier: MIT
#pragma once

#include "SignInCommand.h"

namespace vkauth::cli {

// "login vkid": a VK ID sign-in (OAuth 2.1 + PKCE) with the person's own VK ID app. By default the
// system browser ($BROWSER, else xdg-open) with a one-shot listener on 127.0.0.1 at the registered
// redirect URL's port; the address is printed too, so it works when no browser opens. --browser
// paste: the redirect address is pasted back; --browser window: the web-view helper's window.
class LoginVkIdCommand : public SignInCommand
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::LoginCommand)

public:
    LoginVkIdCommand(Output &output, const Settings &settings);

protected:
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    int execute(const CommandParser &parser, const std::optional<Profile> &profile) override;
};

} // namespace vkauth::cli
