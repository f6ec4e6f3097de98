// SPDX-License-Identifier: MIT
#pragma once

#include "transfer/ExportError.h"

#include <QByteArray>
#include <QString>

namespace vkauth {

// Reading and writing export files.
namespace ExportFile {

// Writes through PrivateFile::write: atomically, owner-only (0600) from the first moment, never
// through a symbolic link. Fails with WriteFailed (details: the OS's words or the reason, and the path).
ExportResult<bool> write(const QString &path, const QByteArray &content);

// Reads a whole file, refusing anything larger than an export could be (TooLarge) and non-files.
// Fails with ReadFailed, TooLarge or EmptyFile.
ExportResult<QByteArray> read(const QString &path);

} // namespace ExportFile
} // namespace vkauth
