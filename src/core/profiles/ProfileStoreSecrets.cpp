// SPDX-License-Identifier: MIT
// ProfileStore: adding profiles and their secrets (saved to the keychain, or kept in memory until then).
#include "profiles/ProfileStore.h"

namespace vkauth {

ProfileStore::SecretState ProfileStore::secretState(const QString &id) const
{
    const Record *r = record(id);
    return r ? r->state : SecretState::NotSaved;
}

QString ProfileStore::saveError(const QString &id) const
{
    const Record *r = record(id);
    return r && r->pending ? r->pending->error : QString();
}

QString ProfileStore::add(const ObtainedToken &token, const QString &name, qint64 ownerId)
{
    Profile profile = Profile::fromObtained(token);
    profile.name = name;
    profile.ownerId = ownerId;
    if (const Record *existing = record(profile.id)) {
        // Signing in again: keep what the user and earlier checks added.
        profile.label = existing->profile.label;
        if (profile.name.isEmpty())
            profile.name = existing->profile.name;
        if (profile.ownerId == 0)
            profile.ownerId = existing->profile.ownerId;
    }
    return addProfile(profile, Profile::secretsOf(token));
}

QString ProfileStore::addProfile(Profile profile, const ProfileSecrets &secrets)
{
    if (profile.id.isEmpty())
        profile.id = Profile::makeId(profile.kind, profile.vkId, profile.appClientId);
    profile.hasTrustedHash = !secrets.trustedHash.isEmpty();
    profile.secretStore = m_secrets->backend();
    if (Record *existing = record(profile.id)) {
        existing->profile = profile;
        existing->pending = std::make_shared<const Pending>(Pending {secrets, {}});
        Q_EMIT profileChanged(profile.id);
    } else {
        m_records.append(Record {
            profile, false, SecretState::Saving, std::make_shared<const Pending>(Pending {secrets, {}})});
        Q_EMIT profilesChanged();
    }
    startSave(profile.id);
    return profile.id;
}

void ProfileStore::retrySave(const QString &id)
{
    Record *r = record(id);
    if (r && r->pending && r->state != SecretState::Saving)
        startSave(id);
}

void ProfileStore::startSave(const QString &id)
{
    Record *r = record(id);
    r->state = SecretState::Saving;
    Q_EMIT secretStateChanged(id, r->state);
    m_secrets->write(id, r->pending->secrets.toKeychainData(), this, [this, id](const SecretReply &reply) {
        Record *r = record(id);
        if (!r)
            return;
        if (reply.ok()) {
            r->pending.reset();
            r->state = SecretState::Saved;
            r->indexed = true;
            m_touched.insert(id);
            writeIndex(); // merges with the file on disk: the records may move, so look it up again
            r = record(id);
            if (!r)
                return;
        } else {
            r->state = SecretState::NotSaved;
            if (r->pending) // kept for a retry, with why it failed
                r->pending
                    = std::make_shared<const Pending>(Pending {r->pending->secrets, reply.error->message});
        }
        Q_EMIT secretStateChanged(id, r->state);
    });
}

void ProfileStore::readSecrets(const QString &id, QObject *context, SecretsCallback done)
{
    const Record *r = record(id);
    // Unsaved: from memory. Kept in the other store: not here.
    if (r && (r->pending || r->profile.secretStore != m_secrets->backend())) {
        const std::optional<ProfileSecrets> secrets
            = r->pending ? std::optional(r->pending->secrets) : std::nullopt;
        const std::optional<SecretError> error
            = secrets ? std::nullopt : std::optional(SecretError::make(SecretErrorCode::OtherStore));
        QMetaObject::invokeMethod(
            context ? context : this, [done, secrets, error] { done(secrets, error); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->read(id, context, [done](const SecretReply &reply) {
        if (!reply.ok()) {
            done(std::nullopt, reply.error);
            return;
        }
        const auto secrets = ProfileSecrets::fromKeychainData(reply.data);
        if (!secrets) {
            done(std::nullopt, SecretError::make(SecretErrorCode::NotFound, tr("the entry is damaged")));
            return;
        }
        done(secrets, std::nullopt);
    });
}

} // namespace vkauth
