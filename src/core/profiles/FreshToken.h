// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "net/NetworkContext.h"
#include "profiles/SecretStore.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;
class QTimer;

namespace vkauth {

class ProfileStore;
class VkIdClient;
struct Profile;
struct ProfileSecrets;

// A kept profile's token, ready to use (copy, check, "vkauth-cli token"): the same for the app and
// the CLI. For a VK ID profile whose access token has expired or ends within kMarginSecs, the refresh
// token is exchanged first:
// - under a per-profile lock (QLockFile "vkid-<id>.lock" beside the index), taken without blocking
//   (polled) and held only for the exchange and the save, bounded by the request timeout;
// - with the refresh token read under the lock: when it differs from the one read before waiting,
//   another process refreshed meanwhile and its access token is used, so two processes never spend
//   the same refresh token (VK would take that for theft and end the session);
// - the rotated refresh token is saved (secret store, then index) BEFORE the new access token is
//   handed out; a crash in between never loses the only valid refresh token;
// - VK refusing the refresh token (invalid_grant) marks the profile "sign in again" (Profile::
//   signInAgain; the error's reason is VkId::kSignInAgain) and keeps everything else.
// Other profiles: the token as kept. finished() comes exactly once per fetch(), later.
class FreshToken : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMarginSecs = 120;

    struct Result
    {
        QString token; // secret; empty on failure
        std::optional<AuthError> error; // the refresh failed (reason sign_in_again: VK refused it)
        std::optional<SecretError> secretError; // the secret store failed (read, or the save after a refresh)
        bool refreshed = false; // this call exchanged the refresh token
        QString notice; // translated: something to tell (a stale token handed out, a save that failed)
        bool ok() const { return !token.isEmpty(); }
    };

    FreshToken(ProfileStore *store, const NetworkContext &network, QObject *parent = nullptr);
    ~FreshToken() override;

    // force: refresh even when the access token is still fresh (a token VK already refuses).
    void fetch(const QString &profileId, bool force = false);
    static bool needsRefresh(const Profile &profile, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString lockPath(const QString &dataDir, const QString &profileId);

Q_SIGNALS:
    void finished(const vkauth::FreshToken::Result &result);

private:
    void tryLock();
    void locked();
    void refreshWith(const Profile &profile, const ProfileSecrets &secrets);
    void deliver(Result result);

    ProfileStore *m_store;
    NetworkContext m_network;
    QString m_id;
    QString m_before; // the refresh token read before waiting for the lock
    std::unique_ptr<QLockFile> m_lock;
    QTimer *m_poll = nullptr;
    qint64 m_deadline = 0; // msecs since epoch
    std::unique_ptr<VkIdClient> m_client;
    bool m_done = true;
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::FreshToken::Result)
