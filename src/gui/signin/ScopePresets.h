// SPDX-License-Identifier: MIT
#pragma once

#include "auth/Scopes.h"

#include <QtGlobal>

namespace vkauth::gui {

// The sign-in form's permission presets: a name (translated in the context of SignInDialog) and a
// mask per scope kind. The form's second preset of each kind is its default.
struct Preset
{
    ScopeKind kind;
    const char *name; // translated with QT_TRANSLATE_NOOP
    quint32 mask; // 0xffffffff = every scope of the kind
};

inline constexpr quint32 kAll = 0xffffffffU;
inline const Preset kPresets[] = {
    {ScopeKind::User, QT_TRANSLATE_NOOP("vkauth::gui::SignInDialog", "All"), kAll},
    {ScopeKind::User, QT_TRANSLATE_NOOP("vkauth::gui::SignInDialog", "Offline only"), 65536},
    {ScopeKind::User, QT_TRANSLATE_NOOP("vkauth::gui::SignInDialog", "Messages, offline"), 4096 | 65536},
    {ScopeKind::User, QT_TRANSLATE_NOOP("vkauth::gui::SignInDialog", "Wall, photos, groups, offline"),
        8192 | 4 | 262144 | 65536},
    {ScopeKind::User, QT_TRANSLATE_NOOP("vkauth::gui::SignInDialog", "None (basic access)"), 0},
    {ScopeKind::Community, QT_TRANSLATE_NOOP("vkauth::gui::SignInDialog", "All"), kAll},
    {ScopeKind::Community, QT_TRANSLATE_NOOP("vkauth::gui::SignInDialog", "Messages only"), 4096},
    {ScopeKind::Community, QT_TRANSLATE_NOOP("vkauth::gui::SignInDialog", "Messages, photos, docs"),
        4096 | 4 | 131072},
    {ScopeKind::Community, QT_TRANSLATE_NOOP("vkauth::gui::SignInDialog", "Manage"), 262144},
    {ScopeKind::Community, QT_TRANSLATE_NOOP("vkauth::gui::SignInDialog", "None"), 0},
};

inline quint32 presetMask(const Preset &p)
{
    return p.mask == kAll ? Scopes::allMask(p.kind) : p.mask;
}

} // namespace vkauth::gui
