// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthResult.h"
#include "net/NetworkContext.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace vkauth {

class ProfileStore;

// Profile pictures (VK's photo_50) for the profile list, kept as files under the data folder:
// <dataDir>/avatars/<kind>-<vk id>.jpg ("user-1001.jpg", "community-77.jpg"; not secret, reused
// across restarts; the bytes are VK's, whatever the image format). fetch() asks VK once for the
// picture's address with the profile's own token read from the store (users.get or groups.getById
// with fields=photo_50, through VkApi), then fetches the picture itself without cookies or token:
// https to VK's image hosts (or, with overridden endpoints, only the URL policy's hosts: the tests'
// fake VK), the context's timeout, no redirects, at most kMaxBytes, and only an image (JPEG, PNG,
// GIF or WebP by its first bytes). One attempt per picture per process: a failed one is not tried
// again before the next start. At most kMaxRunning at a time; fetched() or failed() follows each.
class AvatarCache : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBytes = 256 * 1024;
    static constexpr int kMaxRunning = 2;

    explicit AvatarCache(ProfileStore *store, QObject *parent = nullptr);
    ~AvatarCache() override;

    // Where and how long requests go (the app's settings). Fetches queued from now on use it.
    void setContext(const NetworkContext &context) { m_context = context; }

    static QString key(TokenKind kind, qint64 vkId); // "user-1001", "community-77"
    QString filePath(TokenKind kind, qint64 vkId) const; // where its picture is kept (may not exist)
    // Queues the picture of this profile's account or community, unless its file exists or it was
    // queued before in this process (fetched, failed or under way).
    void fetch(const QString &profileId, TokenKind kind, qint64 vkId);
    bool hasFailed(TokenKind kind, qint64 vkId) const { return m_failed.contains(key(kind, vkId)); }

    // Whether a picture may be fetched from this address: the policy's hosts, and — when the
    // endpoints are VK's own — https to VK's image hosts (*.userapi.com, *.vk.me, *.vkuserphoto.ru).
    static bool allowsImage(const UrlPolicy &policy, const QUrl &url);
    static bool looksLikeImage(const QByteArray &bytes);

Q_SIGNALS:
    void fetched(const QString &key); // the file is there now
    void failed(const QString &key);

private:
    struct Job
    {
        QString profileId;
        TokenKind kind = TokenKind::User;
        qint64 vkId = 0;
    };

    void startNext();
    void askVk(const Job &job, const QString &token);
    void download(const Job &job, const QUrl &url);
    void finish(const Job &job, const QByteArray &image);

    ProfileStore *m_store;
    NetworkContext m_context;
    QList<Job> m_queue;
    QSet<QString> m_seen; // keys queued, under way, fetched or failed in this process
    QSet<QString> m_failed;
    QSet<QNetworkReply *> m_replies; // pictures under way
    int m_running = 0;
};

} // namespace vkauth
