// SPDX-License-Identifier: MIT
#include "profiles/TokenAdder.h"

#include "profiles/ProfileStore.h"

namespace vkauth {

TokenAdder::TokenAdder(ProfileStore *store, const NetworkContext &context, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(new VkApi(context, nullptr, this))
{
    connect(store, &ProfileStore::secretStateChanged, this,
        [this](const QString &id, ProfileStore::SecretState state) {
            if (id != m_waitingFor || state == ProfileStore::SecretState::Saving)
                return;
            m_waitingFor.clear();
            if (state == ProfileStore::SecretState::NotSaved) {
                // As after a sign-in: the profile is listed as not saved (the app offers to retry).
                fail(AddTokenResult::Problem::Store,
                    tr("VK accepted the token, but the secret store did not take it."),
                    m_store->saveError(id));
                return;
            }
            finish(m_result);
        });
}

TokenAdder::~TokenAdder() = default;

QString TokenAdder::pastedId(TokenKind kind, qint64 vkId)
{
    return QStringLiteral("%1-%2-pasted").arg(Profile::kindName(kind)).arg(vkId);
}

void TokenAdder::add(const FoundToken &found)
{
    m_found = found;
    m_result = {};
    m_running = true;
    ++m_generation;
    const TokenKind first = found.kind.value_or(TokenKind::User);
    ask(first, false);
}

void TokenAdder::cancel()
{
    ++m_generation;
    m_api->abortAll();
    m_waitingFor.clear();
    m_running = false;
    m_found.token.fill(u'\0');
}

// users.get answers a community token with an empty list, groups.getById a user token with error 100:
// whichever names an owner says what the token is.
void TokenAdder::ask(TokenKind kind, bool lastTry)
{
    m_api->owner(kind, m_found.token,
        [this, kind, lastTry, generation = m_generation](
            const AccountName &owner, const std::optional<VkApiError> &error) {
            if (generation != m_generation)
                return;
            if (!error && owner.vkId > 0) {
                keep(owner);
                return;
            }
            const bool refused
                = error && error->kind == VkApiError::Kind::Api && error->code == VkApiError::AuthFailed;
            const bool transport = error && error->kind != VkApiError::Kind::Api;
            if (!lastTry && !refused && !transport) {
                ask(kind == TokenKind::User ? TokenKind::Community : TokenKind::User, true);
                return;
            }
            if (refused)
                fail(AddTokenResult::Problem::Refused,
                    tr("VK does not accept this token: it was revoked, has expired, or was mistyped."),
                    error->message);
            else if (transport)
                fail(AddTokenResult::Problem::Network, tr("Could not reach VK to check the token."),
                    error->message);
            else
                fail(AddTokenResult::Problem::Unknown, tr("VK did not say whose token this is."),
                    error ? error->message : QString());
        });
}

void TokenAdder::keep(const AccountName &owner)
{
    if (!m_store) {
        fail(AddTokenResult::Problem::Store, tr("There is no profile store to keep the token in."));
        return;
    }
    Profile p;
    p.kind = owner.kind;
    p.vkId = owner.vkId;
    p.id = pastedId(owner.kind, owner.vkId);
    p.name = owner.name;
    p.appKey = QStringLiteral("pasted");
    p.appName = QStringLiteral("pasted");
    p.appClientId = m_found.appClientId;
    p.scope = m_found.scope;
    p.obtainedAt = QDateTime::currentDateTimeUtc();
    if (m_found.expiresIn > 0)
        p.expiresAt = p.obtainedAt.addSecs(m_found.expiresIn);
    p.lastCheckAt = p.obtainedAt;
    p.lastCheck = CheckStatus::Valid;
    if (const auto kept = m_store->profile(p.id)) {
        m_result.updated = true;
        p.label = kept->label; // a name the person gave it stays
    }
    m_result.profileId = p.id;
    m_result.owner = owner;
    m_waitingFor = p.id;
    m_store->addProfile(p, ProfileSecrets {m_found.token, {}});
    m_found.token.fill(u'\0');
}

void TokenAdder::fail(AddTokenResult::Problem problem, const QString &error, const QString &details)
{
    AddTokenResult result = m_result;
    result.problem = problem;
    result.error = error;
    result.details = details;
    finish(result);
}

void TokenAdder::finish(const AddTokenResult &result)
{
    m_running = false;
    m_found.token.fill(u'\0');
    Q_EMIT finished(result);
}

} // namespace vkauth
