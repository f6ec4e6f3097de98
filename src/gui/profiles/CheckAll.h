// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

namespace vkauth {
class ProfileStore;
class TokenChecker;
struct CheckResult;
} // namespace vkauth

namespace vkauth::gui {

// "Check all": every kept token checked against VK through the list's TokenChecker (whose results
// the list records, badges included), a few at a time. progress() after each; finished() once, with
// a summary such as "5 work, 1 expired, 1 needs action" (also after cancel(), of what was done).
class CheckAll : public QObject
{
    Q_OBJECT
public:
    struct Tally
    {
        int works = 0;
        int expired = 0;
        int dead = 0;
        int needsAction = 0;
        int unreachable = 0; // network errors
        int unreadable = 0; // the secret could not be read
    };

    CheckAll(ProfileStore *store, TokenChecker *checker, QObject *parent = nullptr);

    void start(); // ignored while running
    void cancel();
    bool isRunning() const { return m_total > 0; }
    bool isChecking(const QString &id) const { return m_running.contains(id); }
    static QString summary(const Tally &tally);
    // The list hands each finished check here after recording it (so the summary follows the store).
    void checked(const QString &id, const vkauth::CheckResult &result);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const QString &summary, bool cancelled);

private:
    void next();
    void oneDone(const QString &id);
    void end(bool cancelled);

    ProfileStore *m_store;
    TokenChecker *m_checker;
    QStringList m_waiting;
    QSet<QString> m_running; // reading the secret or checking
    Tally m_tally;
    int m_done = 0;
    int m_total = 0;
};

} // namespace vkauth::gui
