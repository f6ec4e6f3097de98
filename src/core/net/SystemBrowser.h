// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

#include <optional>

namespace vkauth::SystemBrowser {

// The person's own browser for an address (VK ID's page with a loopback redirect, RFC 8252): the first
// program of $BROWSER (colon-separated, as Debian's sensible-browser reads it), started detached with
// the address as its only argument. nullopt: $BROWSER is not set (the front picks its own way: the
// desktop's QDesktopServices, the CLI's xdg-open); false: the program could not be started.
std::optional<bool> openFromEnvironment(const QUrl &url);
// $BROWSER, else xdg-open.
bool open(const QUrl &url);

} // namespace vkauth::SystemBrowser
