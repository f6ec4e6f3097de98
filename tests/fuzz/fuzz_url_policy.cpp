// SPDX-License-Identifier: MIT
// The URL policy (net/UrlPolicy, from the harden branch): any text as a URL, under VK's policy and
// under a loopback test policy. Built only when src/core/net/UrlPolicy.h exists (CMakeLists.txt).
#include "FuzzSupport.h"
#include "net/Endpoints.h"
#include "net/UrlPolicy.h"

using namespace vkauth;

namespace {

// The host as the policy compares it: ASCII (punycode), lower case, no trailing dot.
QString hostOf(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    static const UrlPolicy vk;
    static const UrlPolicy loopback = [] {
        Endpoints endpoints = Endpoints::forDomain(VkDomain::VkRu);
        endpoints.oauth = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        endpoints.login = endpoints.site = endpoints.api = endpoints.oauth;
        return UrlPolicy::fromEndpoints(endpoints);
    }();
    for (const QUrl &url : {QUrl(QString::fromUtf8(input)), QUrl::fromEncoded(input)}) {
        QString why;
        if (vk.allows(url, &why)) {
            fuzz::check(url.scheme().toLower() == u"https", "VK's policy allows https only");
            fuzz::check(UrlPolicy::vkHosts().contains(hostOf(url)), "VK's policy allows VK's hosts only");
        } else {
            fuzz::check(!why.isEmpty(), "a refusal says why");
        }
        if (loopback.allows(url)) {
            const QString scheme = url.scheme().toLower();
            fuzz::check(scheme == u"https" || (scheme == u"http" && Endpoints::isLoopbackHost(hostOf(url))),
                "plain http only to loopback");
        }
    }
    return 0;
}
