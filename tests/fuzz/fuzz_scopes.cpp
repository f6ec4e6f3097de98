// SPDX-License-Identifier: MIT
// The scope parser (auth/Scopes): any text, for users and communities; what it accepts names back to
// the same mask.
#include "FuzzSupport.h"
#include "auth/Scopes.h"

#include <QString>

using namespace vkauth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    for (ScopeKind kind : {ScopeKind::User, ScopeKind::Community}) {
        const ScopeParseResult result = Scopes::parse(text, kind);
        fuzz::check(result.mask.has_value() || !result.error.isEmpty(), "a refusal says why");
        if (!result.mask)
            continue;
        const quint32 known = *result.mask & Scopes::allMask(kind);
        const ScopeParseResult again = Scopes::parse(Scopes::names(known, kind), kind);
        fuzz::check(again.mask.has_value() && (*again.mask & Scopes::allMask(kind)) == known,
            "the names of a mask parse back to it");
        (void)Scopes::parse(text.split(u','), kind);
    }
    return 0;
}
