// SPDX-License-Identifier: MIT
#include "profiles/ProfileStore.h"

#include "profiles/BulkMemory.h"
#include "profiles/IndexReader.h"
#include "profiles/PrivateFile.h"
#include "profiles/ProfileIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

Q_LOGGING_CATEGORY(lcStore, "vkauth.profiles")

namespace vkauth {
namespace {

constexpr qint64 kMaxIndexBytes = 16 * 1024 * 1024;
constexpr int kLockTimeoutMs = 10000;
// The lock is held for one index write (milliseconds). A writer killed between creating the lock file
// and writing its PID into it leaves an empty file that QLockFile cannot tie to a dead process; it
// would count as taken for QLockFile's default 30 s, longer than kLockTimeoutMs, and every write of
// every other process would fail meanwhile (tst_killwhilesaving). Older than this: stale.
constexpr int kLockStaleMs = 3000;

// The index file's bytes, read at its size (QIODevice::read(max) would allocate max; BulkMemory says
// why not into a QByteArray); nothing for a missing, unreadable or oversized file.
std::optional<BulkMemory::FileBytes> readIndexFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxIndexBytes) {
        if (problem)
            *problem = file.isOpen() ? ProfileStore::tr("the file is too large") : file.errorString();
        return std::nullopt;
    }
    auto bytes = BulkMemory::FileBytes::read(file, file.size(), kMaxIndexBytes, problem);
    if (bytes && bytes->view().size() > kMaxIndexBytes) { // it said it was empty (not a plain file)
        if (problem)
            *problem = ProfileStore::tr("the file is too large");
        return std::nullopt;
    }
    return bytes;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(Options {}, parent)
{
}

ProfileStore::ProfileStore(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_secrets(new SecretStore(options.service, this))
{
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = defaultDataDir();
    m_secrets->setTimeoutMs(m_options.keychainTimeoutMs);
    if (m_options.vault)
        m_secrets->useVault(m_options.vault);
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultDataDir()
{
    const QString fromEnv = qEnvironmentVariable("VKAUTH_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ProfileStore::dataDir() const
{
    return m_options.dataDir;
}

QString ProfileStore::indexPath() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("profiles.json"));
}

QString ProfileStore::backupPath() const
{
    return indexPath() + QStringLiteral(".bak");
}

QString ProfileStore::lockPath() const
{
    return indexPath() + QStringLiteral(".lock");
}

QString ProfileStore::lockPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("profiles.json.lock"));
}

QString ProfileStore::vaultPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("secrets.vault"));
}

SecretStore *ProfileStore::secrets() const
{
    return m_secrets;
}

ProfileStore::LoadReport ProfileStore::load()
{
    m_records.clear();
    LoadReport report;
    QString problem;
    m_known.clear();
    m_touched.clear();
    m_removed.clear();
    m_lastContent.clear();
    watch();
    if (QFile::exists(indexPath())) {
        if (readRecords(indexPath(), &problem)) {
            Q_EMIT profilesChanged();
            return report;
        }
        report.damagedPath = putAside(indexPath());
    } else if (QFile::exists(backupPath())) {
        problem = tr("the file is missing");
    } else {
        Q_EMIT profilesChanged();
        return report;
    }

    qCWarning(lcStore) << "profile index unreadable:" << problem;
    QString backupProblem;
    const auto backup = readIndex(backupPath(), &backupProblem);
    const QString kept = report.damagedPath.isEmpty()
        ? QString()
        : tr(" The damaged file was kept as \"%1\".").arg(QDir::toNativeSeparators(report.damagedPath));
    if (backup) {
        for (const Profile &p : *backup) {
            m_records.append(Record {p, true, SecretState::Saved, nullptr});
            m_touched.insert(p.id);
        }
        writeIndex();
        report.status = LoadReport::Status::Recovered;
        report.message = tr("The profile list could not be read (%1), so it was restored from its backup.%2")
                             .arg(problem, kept);
    } else {
        if (QFile::exists(backupPath()))
            putAside(backupPath());
        report.status = LoadReport::Status::Failed;
        report.message = tr("The profile list could not be read (%1) and has no usable backup, so the list "
                            "starts empty. Tokens in the system keychain were left untouched.%2")
                             .arg(problem, kept);
    }
    Q_EMIT profilesChanged();
    return report;
}

std::optional<QList<Profile>> ProfileStore::readIndex(const QString &path, QString *problem) const
{
    const auto content = readIndexFile(path, problem);
    return content ? ProfileIndex::parse(content->toByteArray(), problem) : std::nullopt;
}

bool ProfileStore::readRecords(const QString &path, QString *problem)
{
    const std::optional<BulkMemory::FileBytes> read = readIndexFile(path, problem);
    if (!read)
        return false;
    const QByteArrayView content = read->view();
    QList<Record> records;
    const IndexReader::Sink sink {[&records, &content](qsizetype count) {
                                      records.reserve(count);
                                      // The count is the reader's quick look ("{" at the list's top
                                      // level), not yet checked: fault the list in only when that many
                                      // profiles fit the file (one takes 250 bytes or more as the store
                                      // writes it).
                                      if (count <= content.size() / 100)
                                          BulkMemory::prepareForWriting(
                                              records.data(), sizeof(Record) * std::size_t(count));
                                  },
        [&records]() -> Profile & {
            Record &r = records.emplaceBack();
            r.indexed = true;
            return r.profile;
        }};
    if (!IndexReader::read(content, kSchemaVersion, sink)) {
        records.clear(); // what the fast reader made before it gave up
        auto list = ProfileIndex::parseWithQt(read->toByteArray(), problem);
        if (!list)
            return false;
        records.reserve(list->size());
        for (Profile &p : *list)
            records.append(Record {std::move(p), true, SecretState::Saved, nullptr});
    }
    m_records = std::move(records);
    m_known.reserve(m_records.size());
    for (const Record &r : std::as_const(m_records))
        m_known.insert(r.profile.id);
    return true;
}

std::optional<QList<Profile>> ProfileStore::parseIndex(const QByteArray &content, QString *problem) const
{
    return ProfileIndex::parse(content, problem);
}

bool ProfileStore::merge(const QList<Profile> &onDisk)
{
    QList<Record> merged;
    QSet<QString> diskIds;
    bool changed = false;
    for (const Profile &p : onDisk) {
        diskIds.insert(p.id);
        if (m_removed.contains(p.id))
            continue;
        const Record *mine = record(p.id);
        if (!mine) {
            merged.append(Record {p, true, SecretState::Saved, nullptr}); // written elsewhere
            changed = true;
        } else if (m_touched.contains(p.id) || !mine->indexed || mine->pending) {
            // Ours: changed here, or a new secret of it is being saved (the disk's copy is older).
            Record kept = *mine;
            kept.indexed = true;
            merged.append(kept);
        } else {
            Record theirs = *mine;
            changed = changed || theirs.profile.toJson() != p.toJson();
            theirs.profile = p; // untouched here: the other writer's edit wins
            merged.append(theirs);
        }
    }
    for (const Record &mine : std::as_const(m_records)) {
        if (diskIds.contains(mine.profile.id))
            continue;
        const bool removedElsewhere
            = mine.indexed && m_known.contains(mine.profile.id) && !m_touched.contains(mine.profile.id);
        if (removedElsewhere) {
            changed = true;
            continue;
        }
        merged.append(mine);
    }
    m_records = merged;
    m_known = diskIds;
    return changed;
}

bool ProfileStore::writeIndex()
{
    QString problem;
    const auto failed = [this, &problem] {
        qCWarning(lcStore) << "could not write the profile index:" << problem;
        Q_EMIT indexWriteFailed(tr("The profile list could not be saved to \"%1\": %2")
                                    .arg(QDir::toNativeSeparators(indexPath()), problem));
        return false;
    };
    if (!PrivateFile::makeFolder(m_options.dataDir, &problem))
        return failed();
    QLockFile lock(lockPath());
    lock.setStaleLockTime(kLockStaleMs);
    if (!lock.tryLock(kLockTimeoutMs)) {
        problem
            = tr("another VK Auth process holds the lock \"%1\"").arg(QDir::toNativeSeparators(lockPath()));
        return failed();
    }
    // Another process may have written since we last looked: take in its changes first. An index
    // that is missing or unreadable is not merged (it would drop everything); ours is written.
    bool changedElsewhere = false;
    if (const auto read = readIndexFile(indexPath(), nullptr)) {
        QString ignored;
        if (read->view() != m_lastContent) { // a copy only when someone else wrote
            if (const auto onDisk = parseIndex(read->toByteArray(), &ignored))
                changedElsewhere = merge(*onDisk);
        }
    }

    QJsonArray array;
    QSet<QString> written;
    for (const Record &r : std::as_const(m_records)) {
        if (r.indexed) {
            array.append(r.profile.toJson());
            written.insert(r.profile.id);
        }
    }
    const QByteArray content = ProfileIndex::serialize(array, kSchemaVersion);
    if (!PrivateFile::write(indexPath(), content, &problem)
        || !PrivateFile::write(backupPath(), content, &problem))
        return failed();
    m_lastContent = content;
    m_known = written;
    m_touched.clear();
    m_removed.clear();
    watch();
    if (changedElsewhere)
        Q_EMIT profilesChanged();
    return true;
}

void ProfileStore::watch()
{
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        m_reread = new QTimer(this);
        m_reread->setSingleShot(true);
        m_reread->setInterval(50); // a rename shows as several events: read once
        connect(m_reread, &QTimer::timeout, this, &ProfileStore::onDiskChanged);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reread, qOverload<>(&QTimer::start));
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reread, qOverload<>(&QTimer::start));
    }
    // QSaveFile replaces the index by renaming, which drops the file from the watch: add it again.
    if (QFileInfo::exists(m_options.dataDir) && !m_watcher->directories().contains(m_options.dataDir))
        m_watcher->addPath(m_options.dataDir);
    if (QFileInfo::exists(indexPath()) && !m_watcher->files().contains(indexPath()))
        m_watcher->addPath(indexPath());
}

void ProfileStore::onDiskChanged()
{
    watch();
    const auto read = readIndexFile(indexPath(), nullptr);
    if (!read || read->view() == m_lastContent)
        return; // unreadable, or our own write
    const QByteArray content = read->toByteArray();
    QString problem;
    const auto onDisk = parseIndex(content, &problem);
    if (!onDisk) {
        qCInfo(lcStore) << "the profile index changed elsewhere but cannot be read:" << problem;
        return;
    }
    m_lastContent = content;
    qCDebug(lcStore) << "the profile index changed elsewhere; re-read";
    if (merge(*onDisk))
        Q_EMIT profilesChanged();
}

QString ProfileStore::putAside(const QString &path) const
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target)) {
        qCWarning(lcStore) << "could not put the damaged file aside:" << path;
        return {};
    }
    return target;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list;
    list.reserve(m_records.size());
    for (const Record &r : m_records)
        list << r.profile;
    return list;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (const Record *r = record(id))
        return r->profile;
    return std::nullopt;
}

QList<Profile> ProfileStore::findAll(const QString &query) const
{
    if (const Record *r = record(query))
        return {r->profile};
    const std::function<bool(const Profile &)> levels[] = {
        [&query](const Profile &p) { return QString::number(p.vkId) == query; },
        [&query](const Profile &p) {
            return !p.label.isEmpty() && p.label.compare(query, Qt::CaseInsensitive) == 0;
        },
        [&query](const Profile &p) {
            return !p.name.isEmpty() && p.name.compare(query, Qt::CaseInsensitive) == 0;
        },
    };
    for (const auto &matches : levels) {
        QList<Profile> found;
        for (const Record &r : m_records) {
            if (matches(r.profile))
                found << r.profile;
        }
        if (!found.isEmpty())
            return found;
    }
    return {};
}

std::optional<Profile> ProfileStore::find(const QString &query) const
{
    const QList<Profile> found = findAll(query);
    if (found.size() != 1)
        return std::nullopt;
    return found.first();
}

bool ProfileStore::update(const Profile &profile)
{
    Record *r = record(profile.id);
    if (!r)
        return false;
    r->profile = profile;
    if (r->indexed) {
        m_touched.insert(profile.id);
        writeIndex();
    }
    Q_EMIT profileChanged(profile.id);
    return true;
}

bool ProfileStore::setLabel(const QString &id, const QString &label)
{
    const Record *r = record(id);
    if (!r)
        return false;
    Profile p = r->profile;
    p.label = label.trimmed();
    return update(p);
}

bool ProfileStore::recordCheck(const QString &id, const CheckResult &result)
{
    const Record *r = record(id);
    if (!r)
        return false;
    Profile p = r->profile;
    result.applyTo(p);
    return update(p);
}

void ProfileStore::remove(const QString &id, QObject *context, DoneCallback done)
{
    const bool hadContext = context != nullptr;
    const QPointer<QObject> guard(context);
    const auto finish = [done, guard, hadContext](const std::optional<SecretError> &error) {
        if (done && (!hadContext || guard))
            done(error);
    };
    if (!record(id)) {
        QMetaObject::invokeMethod(
            this, [finish] { finish(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    if (record(id)->profile.secretStore != m_secrets->backend()) { // its secret is not ours to delete
        const SecretError error = SecretError::make(SecretErrorCode::OtherStore);
        QMetaObject::invokeMethod(
            this, [finish, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->remove(id, this, [this, id, finish](const SecretReply &reply) {
        const qsizetype i = indexOf(id);
        if (i < 0) {
            finish(std::nullopt);
            return;
        }
        // A profile that never reached the keychain has nothing there to orphan, so a keychain
        // failure does not keep it; a saved one stays until its entry is really gone.
        const bool indexed = m_records.at(i).indexed;
        if (!reply.ok() && indexed) {
            finish(reply.error);
            return;
        }
        m_records.removeAt(i);
        if (indexed) {
            m_touched.remove(id);
            m_removed.insert(id);
            writeIndex();
        }
        Q_EMIT profilesChanged();
        finish(std::nullopt);
    });
}

bool ProfileStore::commitImport(const QList<Profile> &profiles)
{
    const QList<Record> before = m_records;
    const QSet<QString> touchedBefore = m_touched;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < m_records.size(); ++i)
        at.insert(m_records.at(i).profile.id, i);
    for (const Profile &p : profiles) {
        const Record saved {p, true, SecretState::Saved, nullptr};
        m_touched.insert(p.id);
        if (const auto it = at.constFind(p.id); it != at.cend()) {
            m_records[*it] = saved;
        } else {
            at.insert(p.id, m_records.size());
            m_records.append(saved);
        }
    }
    if (!writeIndex()) {
        m_records = before;
        m_touched = touchedBefore;
        for (const Record &r : before)
            m_touched.insert(r.profile.id); // the previous index is rewritten as it was
        writeIndex();
        return false;
    }
    Q_EMIT profilesChanged();
    return true;
}

const Profile *ProfileStore::lookup(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &m_records.at(i).profile;
}

qsizetype ProfileStore::indexOf(const QString &id) const
{
    // m_positions remembers where each id was; every answer is checked against the list, and the cache
    // is rebuilt when it was wrong, so nothing that changes m_records has to keep it up to date.
    if (const qsizetype i = m_positions.value(id, -1);
        i >= 0 && i < m_records.size() && m_records.at(i).profile.id == id)
        return i;
    qsizetype found = -1;
    for (qsizetype i = 0; i < m_records.size() && found < 0; ++i) {
        if (m_records.at(i).profile.id == id)
            found = i;
    }
    if (found >= 0 || m_positions.size() != m_records.size()) {
        m_positions.clear();
        m_positions.reserve(m_records.size());
        for (qsizetype i = 0; i < m_records.size(); ++i)
            m_positions.insert(m_records.at(i).profile.id, i);
    }
    return found;
}

ProfileStore::Record *ProfileStore::record(const QString &id)
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &m_records[i];
}

const ProfileStore::Record *ProfileStore::record(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &m_records.at(i);
}

} // namespace vkauth
