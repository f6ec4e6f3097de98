// SPDX-License-Identifier: MIT
#pragma once

namespace vkauth::gui {
// Registers the icons and translations compiled into the static GUI library. Idempotent.
void initResources();
} // namespace vkauth::gui
