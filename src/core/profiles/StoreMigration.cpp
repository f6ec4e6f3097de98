// SPDX-License-Identifier: MIT
#include "profiles/StoreMigration.h"

#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "profiles/SecretVault.h"

#include <QTimer>

namespace vkauth {

StoreMigration::StoreMigration(
    ProfileStore *store, std::shared_ptr<SecretVault> vault, SecretBackend target, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(std::move(vault))
    , m_target(target)
{
}

StoreMigration::~StoreMigration()
{
    wipeSecrets();
}

void StoreMigration::start()
{
    auto *keychain = new SecretStore(m_store->secrets()->service(), this);
    auto *vault = new SecretStore(m_store->secrets()->service(), this);
    vault->useVault(m_vault);
    m_from = m_target == SecretBackend::Vault ? keychain : vault;
    m_to = m_target == SecretBackend::Vault ? vault : keychain;
    m_moves.clear();
    for (const Profile &p : m_store->profiles()) {
        if (p.secretStore != m_target)
            m_moves.append(Move {p, {}, false});
    }
    m_at = 0;
    m_steps = 0;
    QTimer::singleShot(0, this, &StoreMigration::readNext);
}

void StoreMigration::readNext()
{
    if (m_at == m_moves.size()) {
        m_at = 0;
        writeNext();
        return;
    }
    m_from->read(m_moves.at(m_at).profile.id, this, [this](const SecretReply &reply) {
        if (!reply.ok()) {
            fail(reply.error->codeName(),
                tr("the token of \"%1\" could not be read: %2")
                    .arg(m_moves.at(m_at).profile.title(), reply.error->text()));
            return;
        }
        m_moves[m_at++].secret = reply.data;
        Q_EMIT progress(++m_steps, 2 * int(m_moves.size()));
        readNext();
    });
}

void StoreMigration::writeNext()
{
    if (m_at == m_moves.size()) {
        commit();
        return;
    }
    m_to->write(m_moves.at(m_at).profile.id, m_moves.at(m_at).secret, this, [this](const SecretReply &reply) {
        Move &move = m_moves[m_at];
        move.written = reply.ok() || reply.error->code == SecretErrorCode::Timeout;
        if (!reply.ok()) {
            fail(reply.error->codeName(), reply.error->text());
            return;
        }
        ++m_at;
        Q_EMIT progress(++m_steps, 2 * int(m_moves.size()));
        writeNext();
    });
}

void StoreMigration::commit()
{
    QList<Profile> profiles;
    for (const Move &move : std::as_const(m_moves)) {
        profiles << move.profile;
        profiles.last().secretStore = m_target;
    }
    // Switched before the index is written: the store answers for the profiles in their new place.
    m_store->secrets()->useVault(m_target == SecretBackend::Vault ? m_vault : nullptr);
    if (!profiles.isEmpty() && !m_store->commitImport(profiles)) {
        m_store->secrets()->useVault(m_target == SecretBackend::Vault ? nullptr : m_vault);
        fail(QString(), tr("the profile list could not be written"));
        return;
    }
    m_at = 0;
    removeNext();
}

// The source copies go last: the profiles already point at the target, so a copy that cannot be
// removed is only reported.
void StoreMigration::removeNext()
{
    if (m_at == m_moves.size()) {
        Result result;
        result.ok = true;
        result.moved = int(m_moves.size());
        result.leftovers = m_leftovers;
        finish(result);
        return;
    }
    m_from->remove(m_moves.at(m_at).profile.id, this, [this](const SecretReply &reply) {
        if (!reply.ok())
            m_leftovers << m_moves.at(m_at).profile.id;
        ++m_at;
        removeNext();
    });
}

void StoreMigration::fail(const QString &codeName, const QString &why)
{
    m_failureCode = codeName;
    m_failure = why;
    m_at = m_moves.size();
    undoNext();
}

// Newest first: takes back what was written to the target.
void StoreMigration::undoNext()
{
    while (m_at > 0 && !m_moves.at(m_at - 1).written)
        --m_at;
    if (m_at == 0) {
        Result result;
        result.errorCode = m_failureCode;
        result.message = m_failure;
        result.leftovers = m_leftovers;
        finish(result);
        return;
    }
    m_to->remove(m_moves.at(m_at - 1).profile.id, this, [this](const SecretReply &reply) {
        if (!reply.ok())
            m_leftovers << m_moves.at(m_at - 1).profile.id;
        m_moves[m_at - 1].written = false;
        --m_at;
        undoNext();
    });
}

void StoreMigration::wipeSecrets()
{
    for (Move &move : m_moves)
        SecretVault::wipe(move.secret);
}

void StoreMigration::finish(const Result &result)
{
    wipeSecrets();
    Q_EMIT finished(result);
}

} // namespace vkauth
