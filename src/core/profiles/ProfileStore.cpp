#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcStore, "vkauth.profiles")

namespace vkauth {
namespace {

constexpr qint64 kMaxIndexBytes = 16 * 1024 * 1024;

bool saveFile(const QString &path, const QByteArray &content, QString *problem)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *problem = file.errorString();
        return false;
    }
    return true;
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

SecretStore *ProfileStore::secrets() const
{
    return m_secrets;
}

ProfileStore::LoadReport ProfileStore::load()
{
    m_records.clear();
    LoadReport report;
    QString problem;
    if (QFile::exists(indexPath())) {
        if (const auto list = readIndex(indexPath(), &problem)) {
            for (const Profile &p : *list)
                m_records.append(Record {p, true, SecretState::Saved, std::nullopt, {}});
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
        for (const Profile &p : *backup)
            m_records.append(Record {p, true, SecretState::Saved, std::nullopt, {}});
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return std::nullopt;
    }
    if (file.size() > kMaxIndexBytes) {
        *problem = tr("the file is too large");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *problem = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                : tr("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const int schema = root.value(QStringLiteral("schema")).toInt(0);
    if (schema < 1) {
        *problem = tr("no schema version");
        return std::nullopt;
    }
    if (schema > kSchemaVersion) {
        *problem = tr("written by a newer version of VK Auth (schema %1)").arg(schema);
        return std::nullopt;
    }
    QList<Profile> list;
    for (const QJsonValue &value : root.value(QStringLiteral("profiles")).toArray()) {
        const auto p = Profile::fromJson(value.toObject());
        if (!p) {
            *problem = tr("a profile entry is damaged");
            return std::nullopt;
        }
        list << *p;
    }
    return list;
}

bool ProfileStore::writeIndex()
{
    QJsonArray array;
    for (const Record &r : std::as_const(m_records)) {
        if (r.indexed)
            array.append(r.profile.toJson());
    }
    const QJsonObject root {{QStringLiteral("schema"), kSchemaVersion},
        {QStringLiteral("app"), QStringLiteral("vkauth")}, {QStringLiteral("profiles"), array}};
    const QByteArray content = QJsonDocument(root).toJson(QJsonDocument::Indented);
    QString problem;
    if (!QDir().mkpath(m_options.dataDir) || !saveFile(indexPath(), content, &problem)
        || !saveFile(backupPath(), content, &problem)) {
        qCWarning(lcStore) << "could not write the profile index:" << problem;
        Q_EMIT indexWriteFailed(tr("The profile list could not be saved to \"%1\": %2")
                                    .arg(QDir::toNativeSeparators(indexPath()), problem));
        return false;
    }
    return true;
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

std::optional<Profile> ProfileStore::find(const QString &query) const
{
    if (const Record *r = record(query))
        return r->profile;
    for (const Record &r : m_records) {
        if (!r.profile.label.isEmpty() && r.profile.label.compare(query, Qt::CaseInsensitive) == 0)
            return r.profile;
    }
    for (const Record &r : m_records) {
        if (QString::number(r.profile.vkId) == query)
            return r.profile;
    }
    return std::nullopt;
}

ProfileStore::SecretState ProfileStore::secretState(const QString &id) const
{
    const Record *r = record(id);
    return r ? r->state : SecretState::NotSaved;
}

QString ProfileStore::saveError(const QString &id) const
{
    const Record *r = record(id);
    return r ? r->saveError : QString();
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
    if (Record *existing = record(profile.id)) {
        existing->profile = profile;
        existing->pending = secrets;
        existing->saveError.clear();
        Q_EMIT profileChanged(profile.id);
    } else {
        m_records.append(Record {profile, false, SecretState::Saving, secrets, {}});
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
    m_secrets->write(id, r->pending->toKeychainData(), this, [this, id](const SecretReply &reply) {
        Record *r = record(id);
        if (!r)
            return;
        if (reply.ok()) {
            r->pending.reset();
            r->saveError.clear();
            r->state = SecretState::Saved;
            r->indexed = true;
            writeIndex();
        } else {
            r->state = SecretState::NotSaved;
            r->saveError = reply.error->message;
        }
        Q_EMIT secretStateChanged(id, r->state);
    });
}

bool ProfileStore::update(const Profile &profile)
{
    Record *r = record(profile.id);
    if (!r)
        return false;
    r->profile = profile;
    if (r->indexed)
        writeIndex();
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

void ProfileStore::readSecrets(const QString &id, QObject *context, SecretsCallback done)
{
    const Record *r = record(id);
    if (r && r->pending) {
        const ProfileSecrets secrets = *r->pending;
        QMetaObject::invokeMethod(
            context ? context : this, [done, secrets] { done(secrets, std::nullopt); }, Qt::QueuedConnection);
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
        if (indexed)
            writeIndex();
        Q_EMIT profilesChanged();
        finish(std::nullopt);
    });
}

bool ProfileStore::commitImport(const QList<Profile> &profiles)
{
    const QList<Record> before = m_records;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < m_records.size(); ++i)
        at.insert(m_records.at(i).profile.id, i);
    for (const Profile &p : profiles) {
        const Record saved {p, true, SecretState::Saved, std::nullopt, {}};
        if (const auto it = at.constFind(p.id); it != at.cend()) {
            m_records[*it] = saved;
        } else {
            at.insert(p.id, m_records.size());
            m_records.append(saved);
        }
    }
    if (!writeIndex()) {
        m_records = before;
        writeIndex();
        return false;
    }
    Q_EMIT profilesChanged();
    return true;
}

qsizetype ProfileStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).profile.id == id)
            return i;
    }
    return -1;
}

ProfileStore::Record *ProfileStore::record(const QString &id)
{
    for (Record &r : m_records) {
        if (r.profile.id == id)
            return &r;
    }
    return nullptr;
}

const ProfileStore::Record *ProfileStore::record(const QString &id) const
{
    for (const Record &r : m_records) {
        if (r.profile.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace vkauth
