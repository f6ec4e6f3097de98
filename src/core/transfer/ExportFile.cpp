#include "transfer/ExportFile.h"

#include "crypto/EncryptedBundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace vkauth::ExportFile {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString where(const QString &path, const QString &problem)
{
    return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), problem);
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

ExportResult<bool> write(const QString &path, const QByteArray &content)
{
    using R = ExportResult<bool>;
    QSaveFile file(path);
    if (!openOwnerOnly(file))
        return R::failure(ExportErrorCode::WriteFailed, where(path, file.errorString()));
    if (file.write(content) != content.size()) {
        const QString problem = file.errorString();
        file.cancelWriting();
        return R::failure(ExportErrorCode::WriteFailed, where(path, problem));
    }
    if (!file.commit())
        return R::failure(ExportErrorCode::WriteFailed, where(path, file.errorString()));
    return R::success(true);
}

ExportResult<QByteArray> read(const QString &path)
{
    using R = ExportResult<QByteArray>;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return R::failure(ExportErrorCode::ReadFailed, where(path, QStringLiteral("not a file")));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(ExportErrorCode::ReadFailed, where(path, file.errorString()));
    if (file.size() > EncryptedBundle::maxSize)
        return R::failure(ExportErrorCode::TooLarge, QDir::toNativeSeparators(path));
    QByteArray content = file.read(EncryptedBundle::maxSize + 1);
    if (content.size() > EncryptedBundle::maxSize)
        return R::failure(ExportErrorCode::TooLarge, QDir::toNativeSeparators(path));
    if (content.isEmpty())
        return R::failure(ExportErrorCode::EmptyFile, QDir::toNativeSeparators(path));
    return R::success(content);
}

} // namespace vkauth::ExportFile
