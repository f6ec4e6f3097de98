// SPDX-License-Identifier: MIT
#include "profiles/FreshToken.h"

#include "auth/VkIdClient.h"
#include "profiles/ProfileStore.h"

#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFresh, "vkauth.fresh")

namespace vkauth {

namespace {
constexpr int kPollMs = 50;
}

FreshToken::FreshToken(ProfileStore *store, const NetworkContext &network, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &FreshToken::tryLock);
}

FreshToken::~FreshToken() = default;

QString FreshToken::lockPath(const QString &dataDir, const QString &profileId)
{
    return QDir(dataDir).filePath(QStringLiteral("vkid-%1.lock").arg(profileId));
}

bool FreshToken::needsRefresh(const Profile &profile, const QDateTime &now)
{
    return profile.isVkId() && profile.expiresAt.isValid() && profile.expiresAt.addSecs(-kMarginSecs) <= now;
}

void FreshToken::fetch(const QString &profileId, bool force)
{
    m_id = profileId;
    m_done = false;
    const auto profile = m_store->profile(profileId);
    const bool refresh = profile && profile->isVkId() && (force || needsRefresh(*profile));
    m_store->readSecrets(profileId, this,
        [this, refresh](
            const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &error) {
            if (error || !secrets) {
                deliver(
                    Result {{}, {}, error.value_or(SecretError::make(SecretErrorCode::NotFound)), false, {}});
                return;
            }
            if (!refresh) {
                deliver(Result {secrets->token, {}, {}, false, {}});
                return;
            }
            m_before = secrets->refreshToken;
            m_lock = std::make_unique<QLockFile>(lockPath(m_store->dataDir(), m_id));
            // A holder that died leaves a stale lock; one that lives holds it at most for one exchange.
            m_lock->setStaleLockTime(m_network.timeoutMs + 10000);
            m_deadline = QDateTime::currentMSecsSinceEpoch() + m_network.timeoutMs + 5000;
            tryLock();
        });
}

void FreshToken::tryLock()
{
    if (m_lock->tryLock(0)) {
        m_poll->stop();
        locked();
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() < m_deadline) {
        m_poll->start();
        return;
    }
    m_poll->stop();
    AuthError error = AuthError::make(AuthErrorCode::Timeout);
    error.message = tr("Another process is refreshing this profile's token and did not finish in time.");
    deliver(Result {{}, error, {}, false, {}});
}

// Under the lock: the refresh token as kept now decides whether someone else refreshed meanwhile.
void FreshToken::locked()
{
    m_store->readSecrets(m_id, this,
        [this](const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &error) {
            const auto profile = m_store->profile(m_id);
            if (error || !secrets || !profile) {
                deliver(
                    Result {{}, {}, error.value_or(SecretError::make(SecretErrorCode::NotFound)), false, {}});
                return;
            }
            if (secrets->refreshToken != m_before && !secrets->refreshToken.isEmpty()) {
                qCInfo(lcFresh) << "another process refreshed the token meanwhile";
                deliver(Result {secrets->token, {}, {}, false, {}});
                return;
            }
            refreshWith(*profile, *secrets);
        });
}

void FreshToken::refreshWith(const Profile &profile, const ProfileSecrets &secrets)
{
    if (secrets.refreshToken.isEmpty() || secrets.deviceId.isEmpty()) {
        AuthError error = AuthError::make(AuthErrorCode::AuthorizationFailed);
        error.reason = VkId::kSignInAgain;
        error.message = tr("This profile keeps no refresh token; sign in again.");
        deliver(Result {{}, error, {}, false, {}});
        return;
    }
    qCInfo(lcFresh) << "refreshing the access token of" << profile.id;
    m_client = std::make_unique<VkIdClient>(m_network, profile.appClientId);
    m_client->refresh(
        secrets.refreshToken, secrets.deviceId, [this, profile, secrets](const VkId::TokenAnswer &answer) {
            if (answer.error) {
                Result result {{}, answer.error, {}, false, {}};
                if (answer.error->reason == VkId::kSignInAgain) {
                    Profile marked = profile;
                    marked.signInAgain = true;
                    m_store->update(marked);
                } else if (!profile.isExpired()) {
                    // VK could not be reached; the kept token still works for a while.
                    result = Result {secrets.token, {}, {}, false,
                        tr("The token could not be refreshed (%1); the kept one is still valid.")
                            .arg(answer.error->text())};
                }
                deliver(result);
                return;
            }
            Profile fresh = profile;
            fresh.obtainedAt = QDateTime::currentDateTimeUtc();
            fresh.expiresAt = answer.tokens.expiresIn > 0 ? fresh.obtainedAt.addSecs(answer.tokens.expiresIn)
                                                          : QDateTime();
            fresh.refreshExpiresAt = fresh.obtainedAt.addSecs(VkId::kRefreshLifetimeSecs);
            fresh.signInAgain = false;
            if (!answer.tokens.scope.isEmpty())
                fresh.scopeText = answer.tokens.scope;
            ProfileSecrets kept = secrets;
            kept.token = answer.tokens.accessToken;
            kept.refreshToken = answer.tokens.refreshToken;
            const QString token = kept.token;
            // Saved first (secret store, then index); handed out only once the save ended.
            connect(m_store, &ProfileStore::secretStateChanged, this,
                [this, token](const QString &id, ProfileStore::SecretState state) {
                    if (id != m_id || state == ProfileStore::SecretState::Saving || m_done)
                        return;
                    Result result {token, {}, {}, true, {}};
                    if (state == ProfileStore::SecretState::NotSaved) {
                        result.secretError
                            = SecretError::make(SecretErrorCode::Unavailable, m_store->saveError(id));
                        result.notice
                            = tr("The refreshed token could not be kept: %1").arg(m_store->saveError(id));
                    }
                    deliver(result);
                });
            m_store->addProfile(fresh, kept);
        });
}

void FreshToken::deliver(Result result)
{
    if (m_done)
        return;
    m_done = true;
    m_poll->stop();
    if (m_lock && m_lock->isLocked())
        m_lock->unlock();
    m_lock.reset();
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            m_client.reset();
            Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

} // namespace vkauth
