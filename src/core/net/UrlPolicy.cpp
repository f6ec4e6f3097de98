// SPDX-License-Identifier: MIT
#include "net/UrlPolicy.h"

#include "net/Endpoints.h"
#include "net/Redact.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vkauth {

namespace {

QString normalHost(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// An address for a message: scheme and host only, never a path or query (they may hold secrets).
QString shown(const QUrl &url)
{
    if (url.host().isEmpty())
        return url.scheme().isEmpty() ? Redact::url(url) : url.scheme() + QStringLiteral(":");
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}

} // namespace

UrlPolicy::UrlPolicy()
    : m_hosts(vkHosts())
{
}

QStringList UrlPolicy::vkHosts()
{
    QStringList hosts;
    for (const char *domain : {"vk.ru", "vk.com"}) {
        const QString d = QString::fromLatin1(domain);
        hosts << d;
        for (const char *prefix : {"m.", "id.", "login.", "oauth.", "api."})
            hosts << QString::fromLatin1(prefix) + d;
    }
    return hosts;
}

UrlPolicy UrlPolicy::fromEndpoints(const Endpoints &endpoints)
{
    const Endpoints ru = Endpoints::forDomain(VkDomain::VkRu);
    const Endpoints com = Endpoints::forDomain(VkDomain::VkCom);
    const std::tuple<const QUrl &, const QUrl &, const QUrl &, const char *> roles[] = {
        {endpoints.oauth, ru.oauth, com.oauth, "VKAUTH_OAUTH_URL"},
        {endpoints.login, ru.login, com.login, "VKAUTH_LOGIN_URL"},
        {endpoints.site, ru.site, com.site, "VKAUTH_SITE_URL"},
        {endpoints.api, ru.api, com.api, "VKAUTH_API_URL"},
        {endpoints.id, ru.id, com.id, "VKAUTH_ID_URL"},
    };
    QStringList overridden;
    bool anyEnvironment = false;
    bool loopbackHttp = false;
    for (const auto &[url, ruDefault, comDefault, variable] : roles) {
        const bool fromEnvironment = !qgetenv(variable).isEmpty();
        anyEnvironment = anyEnvironment || fromEnvironment;
        if (fromEnvironment || (url != ruDefault && url != comDefault)) {
            const QString host = normalHost(url);
            if (!host.isEmpty() && !overridden.contains(host))
                overridden << host;
            if (url.scheme() == u"http" && Endpoints::isLoopbackHost(host))
                loopbackHttp = true;
        }
    }
    UrlPolicy policy;
    if (overridden.isEmpty() && !anyEnvironment)
        return policy;
    policy.m_hosts = overridden;
    const QString extra = QString::fromUtf8(qgetenv("VKAUTH_EXTRA_HOSTS"));
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (const QString &name : extra.split(separators, Qt::SkipEmptyParts)) {
        const QString host = normalHost(QUrl(QStringLiteral("https://") + name));
        if (!host.isEmpty() && !policy.m_hosts.contains(host))
            policy.m_hosts << host;
    }
    policy.m_loopbackHttp = loopbackHttp;
    return policy;
}

UrlPolicy UrlPolicy::fromEnvironment()
{
    return fromEndpoints(Endpoints::fromEnvironment());
}

bool UrlPolicy::allows(const QUrl &url, QString *why) const
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const QString scheme = url.scheme().toLower();
    const QString host = normalHost(url);
    if (!url.isValid() || (scheme != u"https" && scheme != u"http"))
        return refuse(QCoreApplication::translate(
            "UrlPolicy", "The address %1 was refused: only https:// web addresses are allowed.")
                          .arg(shown(url)));
    if (host.isEmpty())
        return refuse(
            QCoreApplication::translate("UrlPolicy", "The address %1 was refused: it names no host.")
                .arg(shown(url)));
    if (!m_hosts.contains(host)) {
        return refuse(QCoreApplication::translate(
            "UrlPolicy", "The host %1 was refused: only these hosts are allowed: %2.")
                          .arg(host, m_hosts.join(QStringLiteral(", "))));
    }
    if (scheme == u"http" && !(m_loopbackHttp && Endpoints::isLoopbackHost(host))) {
        return refuse(QCoreApplication::translate(
            "UrlPolicy", "The host %1 was refused over plain http://: only https:// is allowed.")
                          .arg(host));
    }
    return true;
}

} // namespace vkauth
