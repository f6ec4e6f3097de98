#include "auth/OfficialApps.h"

namespace vkauth {

namespace {
const QString kAndroidUserAgent = QStringLiteral(
    "VKAndroidApp/8.52-14102 (Android 13; SDK 33; arm64-v8a; Google Pixel 7; ru; 2400x1080)");
}

const QList<AppCredentials> &AppCredentials::official()
{
    static const QList<AppCredentials> apps {
        {QStringLiteral("android"), QStringLiteral("VK for Android"), QStringLiteral("2274003"),
            QStringLiteral("hHbZxrka2uZ6jB1inYsH"), kAndroidUserAgent, true},
        {QStringLiteral("windows"), QStringLiteral("VK for Windows"), QStringLiteral("3697615"),
            QStringLiteral("AlVXZFMUqyrnABp8ncuU"), {}, true},
        {QStringLiteral("windowsPhone"), QStringLiteral("VK for Windows Phone"), QStringLiteral("3502557"),
            QStringLiteral("PEObAuQi6KloPM4T30DV"), {}, true},
        {QStringLiteral("iphone"), QStringLiteral("VK for iPhone"), QStringLiteral("3140623"),
            QStringLiteral("VeWdmVclDCtn6ihuP1nt"), {}, true},
        {QStringLiteral("ipad"), QStringLiteral("VK for iPad"), QStringLiteral("3682744"),
            QStringLiteral("mY6CDUswIVdJLCD3j15n"), {}, true},
        {QStringLiteral("vkMe"), QStringLiteral("VK Me"), QStringLiteral("6146827"),
            QStringLiteral("qVxWRF1CwHERuIrKBnqe"), {}, true},
    };
    return apps;
}

const QList<AppCredentials> &AppCredentials::browserApps()
{
    static const QList<AppCredentials> apps {
        {QStringLiteral("kateMobile"), QStringLiteral("Kate Mobile"), QStringLiteral("2685278"), {}, {},
            false},
        {QStringLiteral("vkAdmin"), QStringLiteral("VK Admin"), QStringLiteral("6121396"), {}, {}, false},
    };
    return apps;
}

std::optional<AppCredentials> AppCredentials::byKey(const QString &key)
{
    for (const auto *list : {&official(), &browserApps()}) {
        for (const AppCredentials &app : *list) {
            if (app.key.compare(key, Qt::CaseInsensitive) == 0)
                return app;
        }
    }
    return std::nullopt;
}

AppCredentials AppCredentials::custom(const QString &clientId, const QString &clientSecret)
{
    return {QStringLiteral("custom"), QStringLiteral("Custom app"), clientId, clientSecret, {},
        !clientSecret.isEmpty()};
}

} // namespace vkauth
