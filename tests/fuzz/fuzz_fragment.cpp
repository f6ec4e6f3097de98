// SPDX-License-Identifier: MIT
// The blank.html answer reader (ImplicitFlow::parseRedirect): the input is the URL's fragment, read
// for a user token, for community tokens, with and without a state.
#include "FuzzSupport.h"
#include "auth/ImplicitFlow.h"

using namespace vkauth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    // Half the inputs as a fragment of VK's blank.html, the other half as a whole URL.
    const bool whole = !input.isEmpty() && (input.front() & 1);
    const QUrl url = whole
        ? QUrl(QString::fromUtf8(input.mid(1)))
        : QUrl(QStringLiteral("https://oauth.vk.com/blank.html#") + QString::fromUtf8(input));

    ImplicitFlowOptions user;
    user.app.clientId = QStringLiteral("2685278");
    user.endpoints = Endpoints::forDomain(VkDomain::VkCom);
    ImplicitFlowOptions community = user;
    community.groupIds = {1, 42, 9000000000};
    community.state = QStringLiteral("s7a7e");

    for (const ImplicitFlowOptions *options : {&user, &community}) {
        const AuthOutcome outcome = ImplicitFlow::parseRedirect(url, *options);
        if (!ImplicitFlow::isFinalRedirect(url, *options))
            fuzz::check(!outcome.ok(), "only VK's final redirect gives tokens");
    }
    return 0;
}
