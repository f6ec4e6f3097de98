// SPDX-License-Identifier: MIT
#include "profiles/AvatarCache.h"

#include "net/HttpSession.h"
#include "net/Redact.h"
#include "net/VkApi.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>

#include <memory>

Q_LOGGING_CATEGORY(lcAvatars, "vkauth.profiles.avatars")

namespace vkauth {

AvatarCache::AvatarCache(ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

AvatarCache::~AvatarCache()
{
    for (QNetworkReply *reply : std::as_const(m_replies)) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QString AvatarCache::key(TokenKind kind, qint64 vkId)
{
    return Profile::kindName(kind) + u'-' + QString::number(vkId);
}

QString AvatarCache::filePath(TokenKind kind, qint64 vkId) const
{
    return m_store->dataDir() + QStringLiteral("/avatars/") + key(kind, vkId) + QStringLiteral(".jpg");
}

bool AvatarCache::allowsImage(const UrlPolicy &policy, const QUrl &url)
{
    if (policy.allows(url))
        return true;
    // Overridden endpoints (a mirror, the tests' fake): exactly the policy's hosts.
    if (policy.allowedHosts() != UrlPolicy::vkHosts() || url.scheme() != u"https")
        return false;
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    for (const char *domain : {".userapi.com", ".vk.me", ".vkuserphoto.ru"}) {
        if (host.endsWith(QLatin1String(domain)))
            return true;
    }
    return false;
}

bool AvatarCache::looksLikeImage(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("\x89PNG\r\n\x1A\n")
        || bytes.startsWith("GIF8") || (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP");
}

void AvatarCache::fetch(const QString &profileId, TokenKind kind, qint64 vkId)
{
    const QString k = key(kind, vkId);
    if (m_seen.contains(k))
        return;
    m_seen.insert(k);
    if (QFileInfo::exists(filePath(kind, vkId)))
        return;
    m_queue.append(Job {profileId, kind, vkId});
    // Never from inside the caller (a paint, a model signal).
    QMetaObject::invokeMethod(this, &AvatarCache::startNext, Qt::QueuedConnection);
}

void AvatarCache::startNext()
{
    while (m_running < kMaxRunning && !m_queue.isEmpty()) {
        const Job job = m_queue.takeFirst();
        ++m_running;
        m_store->readSecrets(job.profileId, this,
            [this, job](const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &) {
                if (!secrets || secrets->token.isEmpty()) {
                    finish(job, {});
                    return;
                }
                askVk(job, secrets->token);
            });
    }
}

void AvatarCache::askVk(const Job &job, const QString &token)
{
    auto *api = new VkApi(m_context, NetworkContext::network(), this);
    const bool user = job.kind == TokenKind::User;
    api->call(user ? QStringLiteral("users.get") : QStringLiteral("groups.getById"),
        {{QStringLiteral("fields"), QStringLiteral("photo_50")}}, token,
        [this, api, job](const VkApiReply &reply) {
            api->deleteLater();
            // groups.getById answers {"groups": [...]} since API 5.194, a bare array before.
            const QJsonValue &r = reply.response;
            const QJsonArray list = r.isArray() ? r.toArray() : r.toObject().value(u"groups").toArray();
            const QUrl url(
                list.isEmpty() ? QString() : list.first().toObject().value(u"photo_50").toString());
            if (!reply.ok() || url.isEmpty()) {
                qCDebug(lcAvatars) << "no picture address for" << key(job.kind, job.vkId);
                finish(job, {});
                return;
            }
            download(job, url);
        });
}

void AvatarCache::download(const Job &job, const QUrl &url)
{
    if (!allowsImage(m_context.policy(), url)) {
        qCDebug(lcAvatars).noquote() << "picture address refused:" << Redact::url(url);
        finish(job, {});
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_context.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A picture needs no session: no cookies go out, none are kept.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("User-Agent", HttpSession::defaultUserAgent());
    QNetworkReply *reply = NetworkContext::network()->get(request);
    m_replies.insert(reply);
    auto body = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > kMaxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, body] {
        body->append(reply->read(kMaxBytes + 1 - body->size()));
        if (body->size() > kMaxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, body, job] {
        m_replies.remove(reply);
        reply->deleteLater();
        body->append(reply->read(kMaxBytes + 1 - body->size()));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200 || body->size() > kMaxBytes
            || !looksLikeImage(*body)) {
            qCDebug(lcAvatars) << "no picture for" << key(job.kind, job.vkId) << "status" << status
                               << reply->error();
            finish(job, {});
            return;
        }
        finish(job, *body);
    });
}

void AvatarCache::finish(const Job &job, const QByteArray &image)
{
    --m_running;
    const QString k = key(job.kind, job.vkId);
    bool kept = false;
    if (!image.isEmpty()) {
        const QString path = filePath(job.kind, job.vkId);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        kept = file.open(QIODevice::WriteOnly) && file.write(image) == image.size() && file.commit();
        if (!kept)
            qCWarning(lcAvatars).noquote() << "could not keep a picture:" << file.errorString();
    }
    if (kept) {
        Q_EMIT fetched(k);
    } else {
        m_failed.insert(k);
        Q_EMIT failed(k);
    }
    QMetaObject::invokeMethod(this, &AvatarCache::startNext, Qt::QueuedConnection);
}

} // namespace vkauth
