// SPDX-License-Identifier: MIT
#include "transfer/ExportFormats.h"

#include "Version.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

namespace vkauth {
namespace {

const QString kFormatTag = QStringLiteral("vkauth-profiles");
const QByteArray kEnvMarker = QByteArrayLiteral("# vkauth-env ");
const QByteArray kEnvEndMarker = QByteArrayLiteral("# vkauth-env end ");
const QByteArray kEnvProfile = QByteArrayLiteral("# profile ");

// Plaintext that held tokens is wiped before it is freed.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
}

// withRefresh: a VK ID profile's refresh token and device id too (the encrypted bundle only: with them
// the copy can mint tokens for months).
QJsonObject entryToJson(const TransferEntry &entry, bool withSecrets, bool withRefresh)
{
    QJsonObject object = entry.profile.toJson();
    object.remove(QStringLiteral("secret_store")); // an export is the same from either store
    if (withSecrets) {
        object.insert(QStringLiteral("token"), entry.secrets.token);
        if (!entry.secrets.trustedHash.isEmpty())
            object.insert(QStringLiteral("trusted_hash"), entry.secrets.trustedHash);
        if (withRefresh && !entry.secrets.refreshToken.isEmpty()) {
            object.insert(QStringLiteral("refresh_token"), entry.secrets.refreshToken);
            object.insert(QStringLiteral("device_id"), entry.secrets.deviceId);
        }
    } else {
        object.insert(QStringLiteral("has_trusted_hash"), false);
    }
    return object;
}

QByteArray documentJson(const QList<TransferEntry> &entries, bool withSecrets,
    QJsonDocument::JsonFormat style, bool withRefresh = false)
{
    QJsonArray profiles;
    for (const TransferEntry &entry : entries)
        profiles.append(entryToJson(entry, withSecrets, withRefresh));
    const QJsonObject root {
        {QStringLiteral("format"), kFormatTag},
        {QStringLiteral("version"), ExportFormats::documentVersion},
        {QStringLiteral("contents"), withSecrets ? QStringLiteral("tokens") : QStringLiteral("metadata")},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("generator"),
            QStringLiteral("%1 %2").arg(QLatin1String(kAppName), QLatin1String(kVersion))},
        {QStringLiteral("profiles"), profiles},
    };
    return QJsonDocument(root).toJson(style);
}

bool isPlainEnvValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._~+/=-]*$"));
    return plain.match(value).hasMatch();
}

QString shellQuote(const QString &value)
{
    if (isPlainEnvValue(value))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

std::optional<QString> shellUnquote(const QString &text)
{
    if (!text.startsWith(QLatin1Char('\'')))
        return isPlainEnvValue(text) ? std::optional<QString>(text) : std::nullopt;
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0)
                return std::nullopt;
            out += text.mid(i + 1, end - i - 1);
            i = end + 1;
        } else if (text.mid(i, 2) == QStringLiteral("\\'")) {
            out += QLatin1Char('\'');
            i += 2;
        } else {
            return std::nullopt;
        }
    }
    return out;
}

QByteArray envContent(const QList<TransferEntry> &entries)
{
    const QStringList names = ExportFormats::envNames(entries);
    QByteArray out;
    out += "# VK Auth: access tokens for scripts. Anyone who can read this file can use these tokens.\n";
    out += kEnvMarker + QByteArray::number(ExportFormats::envVersion) + '\n';
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject profile = entries.at(i).profile.toJson();
        profile.remove(QStringLiteral("secret_store"));
        out += '\n' + kEnvProfile + QJsonDocument(profile).toJson(QJsonDocument::Compact) + '\n';
        out += names.at(i).toLatin1() + '=' + shellQuote(entries.at(i).secrets.token).toUtf8() + '\n';
    }
    out += '\n' + kEnvEndMarker + QByteArray::number(entries.size()) + '\n';
    return out;
}

QByteArrayView skipBomAndSpace(QByteArrayView content)
{
    if (content.startsWith("\xEF\xBB\xBF"))
        content = content.sliced(3);
    while (!content.isEmpty() && QChar::isSpace(uchar(content.front())))
        content = content.sliced(1);
    return content;
}

// The marker line of an .env export, or -1 if there is none among the leading comments.
int envVersionOf(QByteArrayView content)
{
    for (const QByteArray &raw : content.toByteArray().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (!line.startsWith('#'))
            return -1;
        if (line.startsWith(kEnvMarker.trimmed()) && !line.startsWith(kEnvEndMarker.trimmed())) {
            bool ok = false;
            const int version = line.mid(kEnvMarker.size()).trimmed().toInt(&ok);
            return ok ? version : -1;
        }
    }
    return -1;
}

ExportResult<QList<TransferEntry>> corrupt(const QString &details)
{
    return ExportResult<QList<TransferEntry>>::failure(ExportErrorCode::Corrupt, details);
}

ExportResult<QList<TransferEntry>> parseDocument(QByteArrayView content, ExportFormat expected)
{
    using R = ExportResult<QList<TransferEntry>>;
    const QJsonDocument doc = QJsonDocument::fromJson(content.toByteArray());
    const QJsonObject root = doc.object();
    const bool withSecrets = expected != ExportFormat::Metadata;
    QList<TransferEntry> entries;
    const QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
    entries.reserve(profiles.size());
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QJsonObject object = profiles.at(i).toObject();
        const auto profile = Profile::fromJson(object);
        if (!profile)
            return corrupt(QStringLiteral("profile %1 is not valid").arg(i + 1));
        TransferEntry entry {*profile, {}};
        if (withSecrets) {
            entry.secrets.token = object.value(QStringLiteral("token")).toString();
            entry.secrets.trustedHash = object.value(QStringLiteral("trusted_hash")).toString();
            entry.secrets.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
            entry.secrets.deviceId = object.value(QStringLiteral("device_id")).toString();
            if (entry.secrets.token.isEmpty())
                return corrupt(QStringLiteral("profile %1 has no token").arg(i + 1));
            entry.profile.hasTrustedHash = !entry.secrets.trustedHash.isEmpty();
        }
        entries << entry;
    }
    return R::success(entries);
}

ExportResult<QList<TransferEntry>> parseEnv(QByteArrayView content)
{
    using R = ExportResult<QList<TransferEntry>>;
    QList<TransferEntry> entries;
    std::optional<Profile> pending;
    std::optional<qsizetype> declaredCount;
    for (const QByteArray &raw : content.toByteArray().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(kEnvEndMarker)) {
            bool ok = false;
            declaredCount = line.mid(kEnvEndMarker.size()).toLongLong(&ok);
            if (!ok)
                return R::failure(ExportErrorCode::Truncated);
            continue;
        }
        if (declaredCount)
            return corrupt(QStringLiteral("text after the end marker"));
        if (line.startsWith(kEnvProfile)) {
            if (pending)
                return corrupt(QStringLiteral("a profile line without its token"));
            pending = Profile::fromJson(QJsonDocument::fromJson(line.mid(kEnvProfile.size())).object());
            if (!pending)
                return corrupt(QStringLiteral("profile %1 is not valid").arg(entries.size() + 1));
            continue;
        }
        if (line.startsWith('#') || !pending)
            continue; // comments, and lines a person added by hand
        const qsizetype eq = line.indexOf('=');
        const auto token = eq > 0 ? shellUnquote(QString::fromUtf8(line.mid(eq + 1))) : std::nullopt;
        if (!token || token->isEmpty())
            return corrupt(
                QStringLiteral("the token line of profile %1 is not valid").arg(entries.size() + 1));
        pending->hasTrustedHash = false;
        entries << TransferEntry {*pending, ProfileSecrets {*token, {}}};
        pending.reset();
    }
    if (!declaredCount || pending)
        return R::failure(ExportErrorCode::Truncated);
    if (*declaredCount != entries.size())
        return corrupt(
            QStringLiteral("%1 profiles announced, %2 found").arg(*declaredCount).arg(entries.size()));
    return R::success(entries);
}

} // namespace

namespace ExportFormats {

QString name(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Encrypted:
        return QStringLiteral("encrypted");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Env:
        return QStringLiteral("env");
    case ExportFormat::Metadata:
        return QStringLiteral("meta");
    }
    return QStringLiteral("encrypted");
}

std::optional<ExportFormat> fromName(const QString &text)
{
    for (const ExportFormat f :
        {ExportFormat::Encrypted, ExportFormat::Json, ExportFormat::Env, ExportFormat::Metadata}) {
        if (text.compare(name(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString describe(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Encrypted:
        return QCoreApplication::translate("ExportFormats", "Encrypted with a passphrase (recommended)");
    case ExportFormat::Json:
        return QCoreApplication::translate("ExportFormats", "Plain JSON with tokens (readable by anyone)");
    case ExportFormat::Env:
        return QCoreApplication::translate(
            "ExportFormats", ".env lines for scripts (tokens readable by anyone)");
    case ExportFormat::Metadata:
        return QCoreApplication::translate("ExportFormats", "List without tokens (for sharing)");
    }
    return {};
}

QString fileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Encrypted:
        return QStringLiteral("vkauth");
    case ExportFormat::Env:
        return QStringLiteral("env");
    case ExportFormat::Json:
    case ExportFormat::Metadata:
        return QStringLiteral("json");
    }
    return QStringLiteral("vkauth");
}

QStringList envNames(const QList<TransferEntry> &entries)
{
    const auto users = std::count_if(entries.begin(), entries.end(),
        [](const TransferEntry &e) { return e.profile.kind == TokenKind::User; });
    QStringList names;
    QHash<QString, int> used;
    for (const TransferEntry &entry : entries) {
        QString base;
        if (entry.profile.kind == TokenKind::Community)
            base = QStringLiteral("VK_GROUP_%1_TOKEN").arg(entry.profile.vkId);
        else
            base = users == 1 ? QStringLiteral("VK_TOKEN")
                              : QStringLiteral("VK_USER_%1_TOKEN").arg(entry.profile.vkId);
        const int n = ++used[base];
        names << (n == 1 ? base : QStringLiteral("%1_%2").arg(base).arg(n));
    }
    return names;
}

ExportResult<QByteArray> serialize(
    const QList<TransferEntry> &entries, ExportFormat format, const QString &passphrase, const KdfParams &kdf)
{
    using R = ExportResult<QByteArray>;
    if (entries.isEmpty())
        return R::failure(ExportErrorCode::NothingSelected);
    switch (format) {
    case ExportFormat::Encrypted: {
        if (passphrase.isEmpty())
            return R::failure(ExportErrorCode::EmptyPassphrase);
        QByteArray plain = documentJson(entries, true, QJsonDocument::Compact, true);
        auto sealed = EncryptedBundle::seal(plain, passphrase, kdf);
        wipe(plain);
        return sealed;
    }
    case ExportFormat::Json:
        return R::success(documentJson(entries, true, QJsonDocument::Indented));
    case ExportFormat::Metadata:
        return R::success(documentJson(entries, false, QJsonDocument::Indented));
    case ExportFormat::Env:
        for (const TransferEntry &entry : entries) {
            if (entry.secrets.token.isEmpty())
                return R::failure(ExportErrorCode::EnvNotSupported, entry.profile.title());
        }
        return R::success(envContent(entries));
    }
    return R::failure(ExportErrorCode::NotOurFile);
}

ExportResult<ExportFormat> detect(QByteArrayView content)
{
    using R = ExportResult<ExportFormat>;
    if (content.isEmpty())
        return R::failure(ExportErrorCode::EmptyFile);
    if (content.size() > EncryptedBundle::maxSize)
        return R::failure(ExportErrorCode::TooLarge);
    if (EncryptedBundle::looksLikeBundle(content)) {
        const auto header = EncryptedBundle::parseHeader(content);
        return header.ok() ? R::success(ExportFormat::Encrypted) : R::failure(*header.error);
    }
    const QByteArrayView text = skipBomAndSpace(content);
    if (text.startsWith('{')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
        if (!doc.isObject()) {
            // Ours if the tag is there: then it was cut short or damaged.
            if (text.first(qMin<qsizetype>(text.size(), 256)).toByteArray().contains(kFormatTag.toLatin1()))
                return R::failure(ExportErrorCode::Truncated, error.errorString());
            return R::failure(ExportErrorCode::NotOurFile);
        }
        const QJsonObject root = doc.object();
        if (root.value(QStringLiteral("format")).toString() != kFormatTag)
            return R::failure(ExportErrorCode::NotOurFile);
        const int version = root.value(QStringLiteral("version")).toInt(0);
        if (version != documentVersion)
            return R::failure(
                ExportErrorCode::UnsupportedVersion, QStringLiteral("list version %1").arg(version));
        const QString contents = root.value(QStringLiteral("contents")).toString();
        if (contents == QLatin1String("tokens"))
            return R::success(ExportFormat::Json);
        if (contents == QLatin1String("metadata"))
            return R::success(ExportFormat::Metadata);
        return R::failure(ExportErrorCode::Corrupt, QStringLiteral("unknown contents"));
    }
    const int envVersion = envVersionOf(text);
    if (envVersion == ExportFormats::envVersion)
        return R::success(ExportFormat::Env);
    if (envVersion > 0)
        return R::failure(
            ExportErrorCode::UnsupportedVersion, QStringLiteral(".env version %1").arg(envVersion));
    return R::failure(ExportErrorCode::NotOurFile);
}

ExportResult<QList<TransferEntry>> parse(QByteArrayView content, const QString &passphrase)
{
    using R = ExportResult<QList<TransferEntry>>;
    const auto format = detect(content);
    if (!format.ok())
        return R::failure(*format.error);
    switch (format.value) {
    case ExportFormat::Encrypted: {
        auto plain = EncryptedBundle::open(content, passphrase);
        if (!plain.ok())
            return R::failure(*plain.error);
        // Authenticated, so it is what we wrote; still checked like any list.
        const auto inner = detect(plain.value);
        auto result = inner.ok() && inner.value == ExportFormat::Json
            ? parseDocument(plain.value, ExportFormat::Json)
            : corrupt(QStringLiteral("not a list with tokens"));
        if (!inner.ok() && inner.error->code == ExportErrorCode::UnsupportedVersion)
            result = R::failure(*inner.error);
        wipe(plain.value);
        return result;
    }
    case ExportFormat::Json:
    case ExportFormat::Metadata:
        return parseDocument(skipBomAndSpace(content), format.value);
    case ExportFormat::Env:
        return parseEnv(content);
    }
    return R::failure(ExportErrorCode::NotOurFile);
}

} // namespace ExportFormats
} // namespace vkauth
