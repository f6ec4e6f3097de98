// SPDX-License-Identifier: MIT
#include "signin/ScopeDescriptions.h"

#include <QCoreApplication>

namespace vkauth::gui {

namespace {

struct Description
{
    ScopeKind kind;
    const char *name;
    const char *text; // QT_TRANSLATE_NOOP
};

// From VK's description of the access rights (dev.vk.com, "Access rights"), in our words.
const Description kDescriptions[] = {
    {ScopeKind::User, "notify",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Notifications sent to you by the application")},
    {ScopeKind::User, "friends",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your friends: list, requests, lists")},
    {ScopeKind::User, "photos",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your photos and albums: read and upload")},
    {ScopeKind::User, "audio", QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your audio recordings")},
    {ScopeKind::User, "video",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your videos: read and upload")},
    {ScopeKind::User, "stories",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your stories: read and publish")},
    {ScopeKind::User, "pages", QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Wiki pages")},
    {ScopeKind::User, "menu",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "A link to the application in the left menu")},
    {ScopeKind::User, "status",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your status: read and change")},
    {ScopeKind::User, "notes", QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your notes")},
    {ScopeKind::User, "messages",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your private messages: read and send")},
    {ScopeKind::User, "wall",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your wall: read, post and delete")},
    {ScopeKind::User, "ads",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your advertising cabinet (Ads API)")},
    {ScopeKind::User, "offline",
        QT_TRANSLATE_NOOP(
            "vkauth::gui::ScopeDescriptions", "A token that does not expire (otherwise about a day)")},
    {ScopeKind::User, "docs",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your documents: read and upload")},
    {ScopeKind::User, "groups",
        QT_TRANSLATE_NOOP(
            "vkauth::gui::ScopeDescriptions", "Your communities; managing those you administer")},
    {ScopeKind::User, "notifications",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your notifications (replies, likes, mentions)")},
    {ScopeKind::User, "stats",
        QT_TRANSLATE_NOOP(
            "vkauth::gui::ScopeDescriptions", "Statistics of your communities and applications")},
    {ScopeKind::User, "email", QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your e-mail address")},
    {ScopeKind::User, "market",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your market (goods and orders)")},
    {ScopeKind::User, "phone", QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "Your phone number")},
    {ScopeKind::Community, "stories",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "The community's stories")},
    {ScopeKind::Community, "photos",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "The community's photos: upload")},
    {ScopeKind::Community, "app_widget",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "The community's application widget")},
    {ScopeKind::Community, "messages",
        QT_TRANSLATE_NOOP(
            "vkauth::gui::ScopeDescriptions", "The community's messages: read and send (bots)")},
    {ScopeKind::Community, "docs",
        QT_TRANSLATE_NOOP("vkauth::gui::ScopeDescriptions", "The community's documents: upload")},
    {ScopeKind::Community, "manage",
        QT_TRANSLATE_NOOP(
            "vkauth::gui::ScopeDescriptions", "Manage the community: settings, members, Callback API")},
};

} // namespace

QString describeScope(ScopeKind kind, const QString &name)
{
    for (const Description &d : kDescriptions) {
        if (d.kind == kind && name == QLatin1String(d.name))
            return QCoreApplication::translate("vkauth::gui::ScopeDescriptions", d.text);
    }
    return {};
}

} // namespace vkauth::gui
