// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vkauth {

// A token someone already has, as found in what they pasted or opened (issue 14, "Add a token you
// already have"). What the source says besides the token is a hint; VK has the last word (TokenAdder).
struct FoundToken
{
    QString token; // secret
    std::optional<TokenKind> kind; // known when the source says (access_token_<group id>)
    qint64 vkId = 0; // user_id or the group id, when the source says
    qint64 expiresIn = -1; // seconds from now: -1 not said, 0 never
    QString appClientId; // vk_api's "app6222115" → "6222115"
    quint32 scope = 0; // vk_api's "scope_140492255"
    QString origin; // where it was found, never the token: "token", "address", "vk_api", "env VK_TOKEN"
};

struct FoundTokens
{
    QList<FoundToken> tokens;
    QString problem; // translated: why nothing was found; empty when tokens were
};

// Reads tokens from what a person pastes or opens, without the network: a bare token; VK's
// `blank.html#access_token=…` address from any tool (a user token, or one token per community as
// `access_token_<id>`); python vk_api's `vk_config.v2.json` (every account and app in it); `.env`
// lines whose name says TOKEN (`VK_TOKEN=…`, quoted or not, with `export`). Input over 1 MiB is
// refused. The same token found twice is listed once.
namespace TokenSources {

inline constexpr qsizetype maxInput = 1024 * 1024;

FoundTokens read(const QByteArray &input);
// VK's token shapes: "vk1.a.…" and the older 85 hexadecimal characters (and what looks like them).
bool looksLikeToken(const QString &text);

} // namespace TokenSources

} // namespace vkauth
