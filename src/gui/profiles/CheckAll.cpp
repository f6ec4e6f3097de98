// SPDX-License-Identifier: MIT
#include "profiles/CheckAll.h"

#include "auth/VkId.h"
#include "profiles/FreshToken.h"
#include "profiles/ProfileStore.h"
#include "profiles/TokenChecker.h"

namespace vkauth::gui {
namespace {
constexpr int kParallel = 4; // checks in flight at once: VK's rate limits, and the keychain's queue
} // namespace

CheckAll::CheckAll(ProfileStore *store, TokenChecker *checker, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_checker(checker)
{
}

QString CheckAll::summary(const Tally &t)
{
    QStringList parts;
    if (t.works > 0)
        parts << tr("%n work", nullptr, t.works);
    if (t.expired > 0)
        parts << tr("%n expired", nullptr, t.expired);
    if (t.dead > 0)
        parts << tr("%n dead", nullptr, t.dead);
    if (t.needsAction > 0)
        parts << tr("%n needs action", nullptr, t.needsAction);
    if (t.unreachable > 0)
        parts << tr("%n not checked (network)", nullptr, t.unreachable);
    if (t.unreadable > 0)
        parts << tr("%n unreadable", nullptr, t.unreadable);
    return parts.isEmpty() ? tr("Nothing was checked.") : parts.join(tr(", "));
}

void CheckAll::start()
{
    if (isRunning())
        return;
    m_waiting.clear();
    for (const Profile &p : m_store->profiles())
        m_waiting << p.id;
    m_tally = {};
    m_done = 0;
    m_total = int(m_waiting.size());
    if (m_total == 0) {
        Q_EMIT finished(summary(m_tally), false);
        return;
    }
    Q_EMIT progress(0, m_total);
    next();
}

void CheckAll::cancel()
{
    if (!isRunning())
        return;
    for (const QString &id : std::as_const(m_running))
        m_checker->cancel(id);
    m_running.clear();
    m_waiting.clear();
    end(true);
}

void CheckAll::next()
{
    while (!m_waiting.isEmpty() && m_running.size() < kParallel) {
        const QString id = m_waiting.takeFirst();
        m_running.insert(id);
        // A VK ID profile's access token is refreshed first when it has run out (FreshToken).
        auto *fresh = new FreshToken(m_store, m_checker->context(), this);
        connect(fresh, &FreshToken::finished, this, [this, id, fresh](const FreshToken::Result &result) {
            fresh->deleteLater();
            if (!m_running.contains(id))
                return; // cancelled meanwhile
            const auto p = m_store->profile(id);
            if (p && result.ok()) {
                m_checker->check(*p, result.token);
                return;
            }
            if (result.error && result.error->reason == VkId::kSignInAgain)
                ++m_tally.dead;
            else if (result.error)
                ++m_tally.unreachable;
            else
                ++m_tally.unreadable;
            oneDone(id);
        });
        fresh->fetch(id);
    }
}

void CheckAll::checked(const QString &id, const CheckResult &result)
{
    if (!m_running.contains(id))
        return;
    switch (result.status) {
    case CheckStatus::Valid:
        ++m_tally.works;
        break;
    case CheckStatus::Expired:
        ++m_tally.expired;
        break;
    case CheckStatus::Invalid:
        ++m_tally.dead;
        break;
    case CheckStatus::NeedsAction:
        ++m_tally.needsAction;
        break;
    case CheckStatus::NetworkError:
    case CheckStatus::Unknown:
        ++m_tally.unreachable;
        break;
    }
    oneDone(id);
}

void CheckAll::oneDone(const QString &id)
{
    m_running.remove(id);
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    if (m_running.isEmpty() && m_waiting.isEmpty())
        end(false);
    else
        next();
}

void CheckAll::end(bool cancelled)
{
    m_total = 0;
    Q_EMIT finished(summary(m_tally), cancelled);
}

} // namespace vkauth::gui
