// SPDX-License-Identifier: MIT
#include "Startup.h"

#include "Translations.h"
#include "Version.h"

#include <QApplication>

namespace vkauth::gui {

void setApplicationIdentity()
{
    QApplication::setApplicationName(QStringLiteral("vkauth"));
    QApplication::setApplicationDisplayName(QString::fromLatin1(kAppName));
    QApplication::setOrganizationName(QStringLiteral("vkauth"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setDesktopFileName(QStringLiteral("vkauth"));
}

Settings applySettings()
{
    const Settings settings = Settings::load();
    Translations::install(settings.language);
    settings.applyNetworkProxy();
    return settings;
}

} // namespace vkauth::gui
