// SPDX-License-Identifier: MIT
#pragma once

#include "auth/Scopes.h"

#include <QString>

namespace vkauth::gui {

// What a permission lets the token do, in the user's language (the sign-in form's and Settings'
// tooltips; issue 14: "Bit 8192" told nobody anything). Empty for a name VK added after this table.
QString describeScope(ScopeKind kind, const QString &name);

} // namespace vkauth::gui
