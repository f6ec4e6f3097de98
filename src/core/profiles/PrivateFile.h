// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace vkauth {

// The one writer of files that hold people's data (the profile index and its backup, exports):
// owner-only from their first moment, atomic, never through a symbolic link.
namespace PrivateFile {

// Writes atomically (QSaveFile: a temporary file renamed over the target on success), 0600 from the
// moment the temporary file exists, also when replacing a file that had wider permissions. Refuses a
// target that is a symbolic link (it would write wherever the link points). On failure *problem
// (if given) has the OS's words or the reason.
bool write(const QString &path, const QByteArray &content, QString *problem = nullptr);

// Makes the folder (and missing parents) and sets the folder itself to 0700.
bool makeFolder(const QString &path, QString *problem = nullptr);

} // namespace PrivateFile
} // namespace vkauth
