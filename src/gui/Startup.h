// SPDX-License-Identifier: MIT
#pragma once

#include "Settings.h"

namespace vkauth::gui {

// Application name, organisation (the settings path), version and desktop file id ("vkauth", as
// packaging/linux/vkauth.desktop). Call right after creating the QApplication.
void setApplicationIdentity();

// Reads the settings, installs the translators (ours and Qt's) and applies the network proxy.
// Call after setApplicationIdentity() and before creating any widget. Returns what it applied.
Settings applySettings();

} // namespace vkauth::gui
