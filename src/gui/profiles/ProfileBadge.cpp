// SPDX-License-Identifier: MIT
#include "profiles/ProfileBadge.h"

namespace vkauth::gui {

Badge ProfileBadge::of(const Profile &p, const QDateTime &now)
{
    if (p.isVkId() && p.signInAgain)
        return Badge::Dead; // VK ID refused the refresh token
    if (p.isSpent(now) || (p.lastCheck == CheckStatus::Expired && !p.isVkId()))
        return Badge::Expired;
    if (p.lastCheck == CheckStatus::Invalid)
        return Badge::Dead;
    if (p.lastCheck == CheckStatus::NeedsAction) {
        if (p.lastCheckReason == u"captcha_required")
            return Badge::Captcha;
        if (p.lastCheckReason == u"token_confirmation_required")
            return Badge::ConfirmToken;
        return Badge::NeedsAction;
    }
    if (p.usableUntil().isValid() && now.secsTo(p.usableUntil()) < qint64(kExpiresSoonDays) * 86400)
        return Badge::ExpiresSoon;
    return Badge::None;
}

QString ProfileBadge::text(Badge badge)
{
    switch (badge) {
    case Badge::Expired:
        return tr("Expired");
    case Badge::Dead:
        return tr("Dead token");
    case Badge::NeedsAction:
        return tr("Needs action");
    case Badge::ConfirmToken:
        return tr("Confirm token");
    case Badge::Captcha:
        return tr("Captcha");
    case Badge::ExpiresSoon:
        return tr("Expires soon");
    case Badge::None:
        break;
    }
    return {};
}

QString ProfileBadge::advice(Badge badge)
{
    switch (badge) {
    case Badge::Expired:
        return tr("The token has expired. Sign in again to get a new one.");
    case Badge::Dead:
        return tr("VK no longer accepts this token. Sign in again to get a new one.");
    case Badge::NeedsAction:
        return tr("VK wants to verify the account before it accepts this token again: select the "
                  "profile and press Verify….");
    case Badge::ConfirmToken:
        return tr("VK wants this app's tokens confirmed: sign in again with another app.");
    case Badge::Captcha:
        return tr("VK wants a \"not robot\" check before it accepts this token again: select the "
                  "profile and press Solve….");
    case Badge::ExpiresSoon:
        return tr("The token expires within %n day(s). Sign in again to get a new one in time.", nullptr,
            kExpiresSoonDays);
    case Badge::None:
        break;
    }
    return {};
}

QString ProfileBadge::action(Badge badge)
{
    switch (badge) {
    case Badge::Expired:
    case Badge::Dead:
    case Badge::ExpiresSoon:
        return tr("Sign in again");
    case Badge::NeedsAction:
        return tr("Verify…");
    case Badge::ConfirmToken:
        return tr("Sign in with another app…");
    case Badge::Captcha:
        return tr("Solve…");
    case Badge::None:
        break;
    }
    return {};
}

QColor ProfileBadge::background(Badge badge)
{
    switch (badge) {
    case Badge::Expired:
    case Badge::Dead:
        return QColor(0xb3, 0x26, 0x1e); // red: white text reads on it (5.9:1)
    case Badge::NeedsAction:
    case Badge::ConfirmToken:
    case Badge::Captcha:
        return QColor(0xe8, 0x71, 0x0a); // orange: black text (6.6:1)
    case Badge::ExpiresSoon:
        return QColor(0xf2, 0xc0, 0x37); // amber: black text (12:1)
    case Badge::None:
        break;
    }
    return {};
}

QColor ProfileBadge::foreground(Badge badge)
{
    return badge == Badge::Expired || badge == Badge::Dead ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace vkauth::gui
