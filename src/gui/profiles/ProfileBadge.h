// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/Profile.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace vkauth::gui {

// The one warning a profile shows in the list beside its title (issue 14's expiry badges, issue 17's
// questioned tokens), worst first: the token expired, VK refused it (dead), VK questions it (needs
// verification, a token confirmation, a "not robot" check), or it expires within kExpiresSoonDays.
enum class Badge { None, Expired, Dead, NeedsAction, ConfirmToken, Captcha, ExpiresSoon };

inline constexpr int kExpiresSoonDays = 7;

class ProfileBadge
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::gui::ProfileBadge)
public:
    static Badge of(const Profile &profile, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString text(Badge badge); // short, for the list: "Expired", "Expires soon", ...
    static QString advice(Badge badge); // what to do, for the tooltip
    static QString action(Badge badge); // the suggested action's name: "Sign in again", "Verify…", ...
    // Colours that read on light and dark palettes alike: the badge carries its own background.
    static QColor background(Badge badge);
    static QColor foreground(Badge badge);
};

} // namespace vkauth::gui
