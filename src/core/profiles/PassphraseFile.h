// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/SecretStore.h"

#include <QString>

#include <optional>

namespace vkauth {

// The vault passphrase from a file for unattended use (VKAUTH_VAULT_PASSPHRASE_FILE, e.g. a systemd
// credential in $CREDENTIALS_DIRECTORY). The file must be a regular file with mode 0600 or 0400
// (PassphraseFileUnsafe otherwise: it is not read at all); one trailing line break is dropped.
namespace PassphraseFile {

inline constexpr const char *variable = "VKAUTH_VAULT_PASSPHRASE_FILE";
inline constexpr qint64 maxBytes = 4096;

// The passphrase, or the error; *passphrase is set only on success.
std::optional<SecretError> read(const QString &path, QString *passphrase);

} // namespace PassphraseFile
} // namespace vkauth
