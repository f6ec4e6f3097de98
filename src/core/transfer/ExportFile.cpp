// SPDX-License-Identifier: MIT
#include "transfer/ExportFile.h"

#include "crypto/EncryptedBundle.h"
#include "profiles/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vkauth::ExportFile {
namespace {

QString where(const QString &path, const QString &problem)
{
    return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), problem);
}

} // namespace

ExportResult<bool> write(const QString &path, const QByteArray &content)
{
    using R = ExportResult<bool>;
    QString problem;
    if (!PrivateFile::write(path, content, &problem))
        return R::failure(ExportErrorCode::WriteFailed, where(path, problem));
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
