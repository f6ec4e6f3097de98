// SPDX-License-Identifier: MIT
#include "profiles/PassphraseFile.h"

#include <QDir>
#include <QFile>

#include <sodium.h>
#include <sys/stat.h>

namespace vkauth::PassphraseFile {

std::optional<SecretError> read(const QString &path, QString *passphrase)
{
    const QString shown = QDir::toNativeSeparators(path);
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return SecretError::make(SecretErrorCode::VaultFailed, QStringLiteral("%1: no such file").arg(shown));
    const mode_t mode = info.st_mode & 07777;
    if (!S_ISREG(info.st_mode) || (mode != 0600 && mode != 0400)) {
        return SecretError::make(SecretErrorCode::PassphraseFileUnsafe,
            QStringLiteral("%1 has mode %2").arg(shown).arg(mode, 4, 8, QLatin1Char('0')));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SecretError::make(SecretErrorCode::VaultFailed, file.errorString());
    QByteArray bytes = file.read(maxBytes + 1);
    const auto wipe = [&bytes] {
        if (!bytes.isEmpty())
            sodium_memzero(bytes.data(), size_t(bytes.size()));
    };
    if (bytes.size() > maxBytes) {
        wipe();
        return SecretError::make(SecretErrorCode::VaultFailed, QStringLiteral("%1 is too large").arg(shown));
    }
    qsizetype length = bytes.size();
    if (length > 0 && bytes.at(length - 1) == '\n')
        --length;
    if (length > 0 && bytes.at(length - 1) == '\r')
        --length;
    if (length == 0) {
        wipe();
        return SecretError::make(SecretErrorCode::VaultLocked, QStringLiteral("%1 is empty").arg(shown));
    }
    *passphrase = QString::fromUtf8(bytes.constData(), length);
    wipe();
    return std::nullopt;
}

} // namespace vkauth::PassphraseFile
