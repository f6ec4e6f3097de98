// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace vkauth {

// The one place that strips secrets (password, tokens, codes, captcha keys, client secrets,
// trusted hashes) from anything that may reach a log line or an error's details.
namespace Redact {
bool isSecretKey(const QString &key);
QString url(const QUrl &url); // query and fragment values of secret keys → "***"
QString form(const QByteArray &urlEncodedBody); // same for an x-www-form-urlencoded body
QString text(const QString &text); // key=value pairs and "key": "value" in free text
} // namespace Redact

} // namespace vkauth
