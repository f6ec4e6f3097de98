// SPDX-License-Identifier: MIT
#include "profiles/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace vkauth::PrivateFile {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

bool fail(QString *problem, const QString &why)
{
    if (problem)
        *problem = why;
    return false;
}

// QSaveFile creates its temporary file 0666 minus the umask when the target does not exist yet; a
// stricter umask around open() makes it owner-only from its first moment.
bool openOwnerOnly(QSaveFile &file)
{
#ifdef Q_OS_UNIX
    const mode_t previous = ::umask(077);
    const bool opened = file.open(QIODevice::WriteOnly);
    ::umask(previous);
#else
    const bool opened = file.open(QIODevice::WriteOnly);
#endif
    // QSaveFile copies an existing target's permissions onto the temporary file; undo that.
    return opened && file.setPermissions(kOwnerOnly);
}

} // namespace

bool write(const QString &path, const QByteArray &content, QString *problem)
{
    if (QFileInfo(path).isSymLink()) {
        return fail(problem,
            QCoreApplication::translate("PrivateFile", "the target is a symbolic link; choose a real file"));
    }
    QSaveFile file(path);
    if (!openOwnerOnly(file))
        return fail(problem, file.errorString());
    if (file.write(content) != content.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(problem, why);
    }
    if (!file.commit())
        return fail(problem, file.errorString());
    return true;
}

bool makeFolder(const QString &path, QString *problem)
{
    if (!QDir().mkpath(path)) {
        return fail(problem,
            QCoreApplication::translate("PrivateFile", "the folder \"%1\" could not be made")
                .arg(QDir::toNativeSeparators(path)));
    }
    if (QFile::permissions(path) != kOwnerOnlyFolder && !QFile::setPermissions(path, kOwnerOnlyFolder)) {
        return fail(problem,
            QCoreApplication::translate("PrivateFile", "the folder \"%1\" could not be made private")
                .arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

} // namespace vkauth::PrivateFile
