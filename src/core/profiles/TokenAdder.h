// SPDX-License-Identifier: MIT
#pragma once

#include "auth/TokenSources.h"
#include "net/NetworkContext.h"
#include "net/VkApi.h"

#include <QObject>
#include <QPointer>

namespace vkauth {

class ProfileStore;

struct AddTokenResult
{
    QString profileId; // "user-<id>-pasted" / "community-<id>-pasted"
    AccountName owner; // whose token it is, as VK says
    bool updated = false; // the profile existed (the same token added again, or a newer one)
    // What went wrong, for an exit code: VK refused the token, VK could not be reached, VK did not
    // say whose it is, the secret store did not take it.
    enum class Problem { None, Refused, Network, Unknown, Store };
    Problem problem = Problem::None;
    QString error; // translated; empty on success
    QString details; // VK's or the transport's words, redacted

    bool ok() const { return error.isEmpty(); }
};

// Keeps a token someone already has (TokenSources) as a profile: asks VK whose it is (users.get,
// then groups.getById — the kind the source named first), then adds it to the store under
// "<kind>-<id>-pasted" (DECISIONS) with the app "pasted" and waits until the secret store has it.
// A token VK refuses is not kept. One add() at a time; finished() follows each, later.
class TokenAdder : public QObject
{
    Q_OBJECT
public:
    TokenAdder(ProfileStore *store, const NetworkContext &context, QObject *parent = nullptr);
    ~TokenAdder() override;

    void add(const FoundToken &found);
    bool isRunning() const { return m_running; }
    void cancel(); // no finished() for the add in flight; nothing is kept

    static QString pastedId(TokenKind kind, qint64 vkId);

Q_SIGNALS:
    void finished(const vkauth::AddTokenResult &result);

private:
    void ask(TokenKind kind, bool lastTry);
    void keep(const AccountName &owner);
    void fail(AddTokenResult::Problem problem, const QString &error, const QString &details = {});
    void finish(const AddTokenResult &result);

    QPointer<ProfileStore> m_store;
    VkApi *m_api;
    FoundToken m_found;
    QString m_waitingFor; // the profile whose secret is being saved
    AddTokenResult m_result;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::AddTokenResult)
