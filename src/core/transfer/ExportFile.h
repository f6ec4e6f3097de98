#pragma once

#include "transfer/ExportError.h"

#include <QByteArray>
#include <QString>

namespace vkauth {

// Reading and writing export files.
namespace ExportFile {

// Writes atomically (QSaveFile: a temporary file renamed over the target on success) with
// owner-only permissions (0600) from the moment the temporary file exists, also when replacing a
// file that had wider permissions. Fails with WriteFailed (details: the OS's words and the path).
ExportResult<bool> write(const QString &path, const QByteArray &content);

// Reads a whole file, refusing anything larger than an export could be (TooLarge) and non-files.
// Fails with ReadFailed, TooLarge or EmptyFile.
ExportResult<QByteArray> read(const QString &path);

} // namespace ExportFile
} // namespace vkauth
