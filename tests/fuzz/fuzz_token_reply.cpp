// SPDX-License-Identifier: MIT
// The /token reply classifier (auth/TokenReply, from the realvk branch): any body under any HTTP
// status. Built only when src/core/auth/TokenReply.h exists (CMakeLists.txt). The first byte picks
// the status (200, 401, 400, 403, 429, 500, or the byte itself), the rest is the body.
#include "FuzzSupport.h"
#include "auth/TokenReply.h"

using namespace vkauth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static constexpr int statuses[] = {200, 401, 400, 403, 429, 500};
    const int pick = data[0];
    const int status = pick < 6 * 32 ? statuses[pick % 6] : pick;
    const TokenReply reply = classifyTokenReply(status, fuzz::bytes(data + 1, size - 1));
    if (reply.kind == TokenReply::Kind::Success)
        fuzz::check(!reply.accessToken.isEmpty(), "a success carries a token");
    if (!reply.accessToken.isEmpty())
        fuzz::check(!reply.description.contains(reply.accessToken), "no token in the description");
    (void)twoFactorChannel(reply.validationType);
    (void)defaultCodeLength(reply.channel);
    return 0;
}
