// SPDX-License-Identifier: MIT
#include "net/Endpoints.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace vkauth {

Endpoints Endpoints::forDomain(VkDomain domain)
{
    const QString d = domainName(domain);
    return Endpoints {QUrl(QStringLiteral("https://oauth.") + d), QUrl(QStringLiteral("https://login.") + d),
        QUrl(QStringLiteral("https://") + d), QUrl(QStringLiteral("https://api.") + d),
        QUrl(QStringLiteral("https://id.") + d)};
}

Endpoints Endpoints::fromEnvironment(VkDomain domain)
{
    Endpoints e = forDomain(domain);
    const auto override = [](QUrl &target, const char *var) {
        const QByteArray value = qgetenv(var);
        if (!value.isEmpty())
            target = QUrl(QString::fromUtf8(value));
    };
    override(e.oauth, "VKAUTH_OAUTH_URL");
    override(e.login, "VKAUTH_LOGIN_URL");
    override(e.site, "VKAUTH_SITE_URL");
    override(e.api, "VKAUTH_API_URL");
    override(e.id, "VKAUTH_ID_URL");
    return e;
}

std::optional<QString> Endpoints::validate() const
{
    const std::pair<const QUrl *, const char *> all[]
        = {{&oauth, "OAuth"}, {&login, "login"}, {&site, "site"}, {&api, "API"}, {&id, "VK ID"}};
    for (const auto &[url, role] : all) {
        if (url == &id && id.isEmpty())
            continue;
        const QString scheme = url->scheme();
        if (!url->isValid() || url->host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
            return QCoreApplication::translate(
                "Endpoints", "The %1 address \"%2\" is not a valid web address.")
                .arg(QString::fromLatin1(role), url->toString());
        }
        if (scheme == u"http" && !isLoopbackHost(url->host())) {
            return QCoreApplication::translate("Endpoints",
                "The %1 address \"%2\" uses plain http://, which is allowed only for "
                "this computer (localhost). Use https://.")
                .arg(QString::fromLatin1(role), url->toString());
        }
    }
    return std::nullopt;
}

bool Endpoints::isBlankPage(const QUrl &url) const
{
    if (!url.path().endsWith(QLatin1String("/blank.html")))
        return false;
    const QString host = url.host().toLower();
    if (host == u"oauth.vk.ru" || host == u"oauth.vk.com")
        return true;
    return host == oauth.host().toLower() && url.port(-1) == oauth.port(-1);
}

bool Endpoints::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Endpoints::domainName(VkDomain domain)
{
    return domain == VkDomain::VkCom ? QStringLiteral("vk.com") : QStringLiteral("vk.ru");
}

QUrl Endpoints::join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

} // namespace vkauth
