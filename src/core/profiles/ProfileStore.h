// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthResult.h"
#include "profiles/Profile.h"
#include "profiles/SecretStore.h"
#include "profiles/TokenChecker.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace vkauth {

// The kept profiles: a non-secret index (profiles.json, JSON with a schema version, written
// atomically, with profiles.json.bak kept beside it) in the data folder, and the secrets in the OS
// keychain (SecretStore, service "vkauth", one entry per profile keyed by Profile::id) or, when
// Options::vault is set, in the encrypted vault file secrets.vault beside the index (SecretVault).
// Each profile records which of the two holds its secret (Profile::secretStore); a secret kept in
// the other store is not read or removed here (OtherStore) — "vkauth-cli store migrate" moves them.
// load() reads only the index; secrets are read when used. All keychain work is asynchronous.
//
// A new token is shown at once but enters the index only once its secret is in the keychain; until
// then its SecretState is Saving or NotSaved (with the reason), the token is held in memory so it can
// still be copied, and retrySave() tries again. There is no plain-text fallback.
//
// Several stores may share one folder (the app and vkauth-cli): every write takes a QLockFile beside
// the index, re-reads the index and merges — a profile written elsewhere survives, a profile removed
// here (or, untouched here, removed elsewhere) stays removed; our own changes win for the profiles we
// changed. After load() the store watches the index (QFileSystemWatcher) and re-reads it when another
// process changed it, emitting profilesChanged(). The folder is 0700, the index and backup 0600.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // 2: profiles may carry "secret_store" (absent: keychain); unknown fields are kept on rewrite.
    static constexpr int kSchemaVersion = 2;

    enum class SecretState { Saved, Saving, NotSaved };
    Q_ENUM(SecretState)

    struct Options
    {
        QString dataDir; // empty: defaultDataDir()
        QString service = QStringLiteral("vkauth"); // keychain service name
        int keychainTimeoutMs = SecretStore::kDefaultTimeoutMs;
        // Set: the secrets are kept in this vault, not the keychain.
        std::shared_ptr<SecretVault> vault = nullptr;
    };

    struct LoadReport
    {
        enum class Status { Ok, Recovered, Failed };
        Status status = Status::Ok;
        QString message; // translated; empty when Ok
        QString damagedPath; // where the unreadable index was put aside, if any
        bool ok() const { return status == Status::Ok; }
    };

    using SecretsCallback = std::function<void(
        const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &error)>;
    using DoneCallback = std::function<void(const std::optional<SecretError> &error)>;

    explicit ProfileStore(QObject *parent = nullptr);
    explicit ProfileStore(const Options &options, QObject *parent = nullptr);
    ~ProfileStore() override;

    // $VKAUTH_DATA_DIR, else QStandardPaths::AppDataLocation.
    static QString defaultDataDir();
    QString dataDir() const;
    QString indexPath() const;
    QString backupPath() const;
    QString lockPath() const; // taken for every write of the index and of the vault
    static QString lockPath(const QString &dataDir); // the same for a data folder
    static QString vaultPath(const QString &dataDir); // <dataDir>/secrets.vault
    SecretStore *secrets() const;

    // Reads the index. A corrupt or unreadable index is put aside (renamed with a timestamp) and the
    // backup is used instead; no keychain entry is touched. Emits profilesChanged().
    LoadReport load();

    QList<Profile> profiles() const; // in the order they were added (a copy: use count() to count)
    // Every profile in that order, without a copy of the list (10,000 profiles: each copy is 3.4 MB);
    // the store must not change while `visit` runs.
    template <class Visit> void forEachProfile(Visit &&visit) const
    {
        for (const Record &r : m_records)
            visit(r.profile);
    }
    qsizetype count() const { return m_records.size(); }
    std::optional<Profile> profile(const QString &id) const;
    // The profile with that id in the store's own list, without a copy; valid only until the store
    // next changes (the list model looks profiles up here on each data() call instead of keeping a
    // copy of 10,000 of them).
    const Profile *lookup(const QString &id) const;
    // Lookup order: exact id → VK id → label → name (labels and names case-insensitive). findAll()
    // returns every match of the first level that has any (several: the query is ambiguous);
    // find() the one match, or nothing when there is none or the query is ambiguous.
    QList<Profile> findAll(const QString &query) const;
    std::optional<Profile> find(const QString &query) const;
    SecretState secretState(const QString &id) const;
    QString saveError(const QString &id) const; // why the last save failed (translated), or empty
    QSet<QString> unsavedIds() const // profiles whose secret is not (yet) in the keychain
    {
        QSet<QString> ids;
        for (const Record &r : m_records) {
            if (r.state != SecretState::Saved)
                ids.insert(r.profile.id);
        }
        return ids;
    }

    // Adds a token (or replaces the profile with the same id, keeping its label) and starts saving its
    // secret. name: the display name, if known; ownerId: for a community, the signed-in user.
    // Returns the profile id. secretStateChanged() follows when the save ends.
    QString add(const ObtainedToken &token, const QString &name = {}, qint64 ownerId = 0);
    // The same for a complete profile (e.g. an import): every non-secret field is taken as given; an
    // empty id is made with Profile::makeId. Returns the profile id.
    QString addProfile(Profile profile, const ProfileSecrets &secrets);
    void retrySave(const QString &id);

    // Non-secret edits (label, name, last check, ...): replaces the profile with the same id.
    bool update(const Profile &profile);
    bool setLabel(const QString &id, const QString &label);
    // Keeps a TokenChecker result: last check, and the name and scope VK reported.
    bool recordCheck(const QString &id, const CheckResult &result);

    // Callbacks below run later (never inside the call), and not at all if context is destroyed first.
    // Reads the token and trusted hash: from memory for an unsaved profile, else from the keychain.
    void readSecrets(const QString &id, QObject *context, SecretsCallback done);
    // Deletes the keychain entry, then drops the profile from the index. If the keychain fails, the
    // profile stays (nothing is orphaned) and done() gets the error.
    void remove(const QString &id, QObject *context, DoneCallback done);

    // For ProfileImporter: adds the profiles (or replaces those with the same id) in one index write.
    // Their secrets must already be in the keychain under their ids. If the index cannot be written,
    // nothing changes (in memory; on disk the previous index is rewritten) and false is returned.
    bool commitImport(const QList<Profile> &profiles);

Q_SIGNALS:
    void profilesChanged(); // added, removed, or reloaded
    void profileChanged(const QString &id); // non-secret fields edited
    void secretStateChanged(const QString &id, vkauth::ProfileStore::SecretState state);
    void indexWriteFailed(const QString &message); // translated

private:
    struct Pending // a profile's secrets while they are not (yet) in the keychain: memory only
    {
        ProfileSecrets secrets;
        QString error; // why the last save failed (translated), or empty
    };
    struct Record
    {
        Profile profile;
        bool indexed = false; // present in the index on disk
        SecretState state = SecretState::Saved;
        // Null once saved: a pointer, not an optional, so that 10,000 saved profiles do not each
        // carry room for four secrets and a message (112 bytes a record). Replaced, never changed.
        std::shared_ptr<const Pending> pending;
    };

    std::optional<QList<Profile>> readIndex(const QString &path, QString *problem) const;
    // load()'s read of the index: each profile straight into a record, as ProfileIndex::parse would
    // read it (IndexReader, else the Qt path with its message). False: m_records left as it was.
    bool readRecords(const QString &path, QString *problem);
    std::optional<QList<Profile>> parseIndex(const QByteArray &content, QString *problem) const;
    bool writeIndex();
    // Takes in what another process wrote (see the class comment); true when the list changed.
    bool merge(const QList<Profile> &onDisk);
    void watch();
    void onDiskChanged();
    QString putAside(const QString &path) const;
    void startSave(const QString &id);
    qsizetype indexOf(const QString &id) const;
    Record *record(const QString &id);
    const Record *record(const QString &id) const;

    Options m_options;
    SecretStore *m_secrets;
    QList<Record> m_records;
    mutable QHash<QString, qsizetype> m_positions; // id → index in m_records, checked on use (indexOf)
    QSet<QString> m_known; // ids in the index as last read or written
    QSet<QString> m_touched; // ids whose profile we changed since then
    QSet<QString> m_removed; // ids we removed since then
    QByteArray m_lastContent; // the index as last read or written by us
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reread = nullptr;
};

} // namespace vkauth
