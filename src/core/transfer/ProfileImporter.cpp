// SPDX-License-Identifier: MIT
#include "transfer/ProfileImporter.h"

#include "profiles/ProfileStore.h"
#include "transfer/ExportFile.h"

#include <QLoggingCategory>
#include <QSet>
#include <QThread>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcImport, "vkauth.import")

namespace vkauth {
namespace {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QString matchKey(const Profile &p)
{
    return QStringLiteral("%1/%2/%3").arg(Profile::kindName(p.kind)).arg(p.vkId).arg(p.appClientId);
}

ExportError keychainError(const SecretError &error)
{
    return ExportError::make(ExportErrorCode::KeychainFailed,
        QStringLiteral("%1: %2").arg(SecretError::codeName(error.code), error.details));
}

} // namespace

ProfileImporter::ProfileImporter(ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

ProfileImporter::~ProfileImporter()
{
    for (Step &step : m_steps)
        wipe(step.secret);
}

namespace {
// Reading and decrypting: no store, no QObject, safe on any thread.
ExportResult<QList<TransferEntry>> parseContent(QByteArrayView content, const QString &passphrase)
{
    using R = ExportResult<QList<TransferEntry>>;
    const auto format = ExportFormats::detect(content);
    if (format.ok() && format.value == ExportFormat::Metadata)
        return R::failure(ExportErrorCode::NoTokens);
    return ExportFormats::parse(content, passphrase);
}
} // namespace

ExportResult<QList<ImportItem>> ProfileImporter::itemsFor(
    const ExportResult<QList<TransferEntry>> &entries) const
{
    using R = ExportResult<QList<ImportItem>>;
    if (!entries.ok())
        return R::failure(*entries.error);
    QHash<QString, QString> kept; // match key → first kept profile id
    if (m_store) {
        for (const Profile &p : m_store->profiles())
            kept.insert(matchKey(p), p.id);
    }
    QList<ImportItem> items;
    items.reserve(entries.value.size());
    for (const TransferEntry &entry : entries.value)
        items << ImportItem {entry, kept.value(matchKey(entry.profile)), ConflictChoice::Skip};
    return R::success(items);
}

ExportResult<QList<ImportItem>> ProfileImporter::prepare(
    QByteArrayView content, const QString &passphrase) const
{
    return itemsFor(parseContent(content, passphrase));
}

ExportResult<QList<ImportItem>> ProfileImporter::prepareFile(
    const QString &path, const QString &passphrase) const
{
    const auto content = ExportFile::read(path);
    if (!content.ok())
        return ExportResult<QList<ImportItem>>::failure(*content.error);
    return prepare(content.value, passphrase);
}

void ProfileImporter::prepareFileInBackground(
    const QString &path, const QString &passphrase, PrepareCallback done)
{
    auto parsed = std::make_shared<ExportResult<QList<TransferEntry>>>();
    QThread *worker = QThread::create([path, passphrase, parsed] {
        const auto content = ExportFile::read(path);
        *parsed = content.ok() ? parseContent(content.value, passphrase)
                               : ExportResult<QList<TransferEntry>>::failure(*content.error);
    });
    connect(worker, &QThread::finished, this, [this, parsed, done] {
        const auto items = itemsFor(*parsed);
        parsed->value.clear();
        done(items); // the receiver keeps (and later wipes) the items
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ProfileImporter::resolveAll(QList<ImportItem> &items, ConflictChoice choice)
{
    for (ImportItem &item : items)
        item.choice = choice;
}

void ProfileImporter::wipeItems(QList<ImportItem> &items)
{
    const auto zero = [](QString &text) {
        // constData(): zero the one buffer every copy of this string shares, not a detached copy.
        if (!text.isEmpty() && text.data_ptr().isMutable()) // never static (read-only) string data
            sodium_memzero(const_cast<QChar *>(text.constData()), size_t(text.size()) * sizeof(QChar));
        text.clear();
    };
    for (ImportItem &item : items) {
        zero(item.entry.secrets.token);
        zero(item.entry.secrets.trustedHash);
        zero(item.entry.secrets.refreshToken);
    }
    items.clear();
}

int ProfileImporter::conflictCount(const QList<ImportItem> &items)
{
    return int(std::count_if(
        items.begin(), items.end(), [](const ImportItem &i) { return !i.conflictId.isEmpty(); }));
}

QString ProfileImporter::choiceName(ConflictChoice choice)
{
    switch (choice) {
    case ConflictChoice::Skip:
        return QStringLiteral("skip");
    case ConflictChoice::Replace:
        return QStringLiteral("replace");
    case ConflictChoice::KeepBoth:
        return QStringLiteral("keep-both");
    }
    return QStringLiteral("skip");
}

std::optional<ConflictChoice> ProfileImporter::choiceFromName(const QString &name)
{
    for (const ConflictChoice c : {ConflictChoice::Skip, ConflictChoice::Replace, ConflictChoice::KeepBoth}) {
        if (name.compare(choiceName(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

void ProfileImporter::plan(const QList<ImportItem> &items)
{
    QSet<QString> taken;
    QSet<QString> replaced; // a kept profile is replaced once; later matches of it keep both
    for (const Profile &p : m_store->profiles())
        taken.insert(p.id);
    QList<Step> adds;
    QList<Step> replaces;
    for (const ImportItem &item : items) {
        Profile profile = item.entry.profile;
        const QByteArray secret = item.entry.secrets.toKeychainData();
        if (!item.conflictId.isEmpty() && item.choice == ConflictChoice::Skip) {
            ++m_outcome.summary.skipped;
            continue;
        }
        if (!item.conflictId.isEmpty() && item.choice == ConflictChoice::Replace
            && !replaced.contains(item.conflictId)) {
            profile.id = item.conflictId;
            replaced.insert(item.conflictId);
            replaces << Step {profile, secret, true, false, std::nullopt};
            ++m_outcome.summary.replaced;
            continue;
        }
        const QString base = Profile::makeId(profile.kind, profile.vkId, profile.appClientId);
        profile.id = base;
        for (int n = 2; taken.contains(profile.id); ++n)
            profile.id = QStringLiteral("%1-%2").arg(base).arg(n);
        taken.insert(profile.id);
        adds << Step {profile, secret, false, false, std::nullopt};
        ++m_outcome.summary.added;
        if (!item.conflictId.isEmpty())
            ++m_outcome.summary.keptBoth;
    }
    m_steps = adds + replaces;
    for (const Step &step : std::as_const(m_steps))
        m_outcome.summary.ids << step.profile.id;
}

void ProfileImporter::start(const QList<ImportItem> &items)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_outcome = {};
    m_steps.clear();
    m_index = 0;
    if (!m_store) {
        m_outcome.error
            = ExportError::make(ExportErrorCode::KeychainFailed, QStringLiteral("no profile store"));
        QMetaObject::invokeMethod(this, &ProfileImporter::finish, Qt::QueuedConnection);
        return;
    }
    plan(items);
    qCInfo(lcImport) << "importing" << m_steps.size() << "profiles," << m_outcome.summary.skipped
                     << "skipped";
    QMetaObject::invokeMethod(this, &ProfileImporter::next, Qt::QueuedConnection);
}

void ProfileImporter::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void ProfileImporter::next()
{
    if (m_cancelled) {
        fail(ExportError::make(ExportErrorCode::Cancelled));
        return;
    }
    if (!m_store) {
        fail(ExportError::make(ExportErrorCode::KeychainFailed, QStringLiteral("the profile store is gone")));
        return;
    }
    if (m_index < m_steps.size()) {
        Step &step = m_steps[m_index];
        if (!step.replacing) {
            writeStep();
            return;
        }
        // Keep the old secret so that a failure can put it back.
        m_store->secrets()->read(step.profile.id, this, [this](const SecretReply &reply) {
            if (!reply.ok() && reply.error->code != SecretErrorCode::NotFound) {
                fail(keychainError(*reply.error));
                return;
            }
            m_steps[m_index].previous = reply.ok() ? std::optional<QByteArray>(reply.data) : std::nullopt;
            writeStep();
        });
        return;
    }
    QList<Profile> profiles;
    profiles.reserve(m_steps.size());
    for (const Step &step : std::as_const(m_steps)) {
        profiles << step.profile;
        profiles.last().secretStore = m_store->secrets()->backend(); // where writeStep() put it
    }
    if (!profiles.isEmpty() && !m_store->commitImport(profiles)) {
        fail(ExportError::make(ExportErrorCode::WriteFailed, m_store->indexPath()));
        return;
    }
    for (Step &step : m_steps) {
        if (step.previous)
            wipe(*step.previous);
    }
    finish();
}

void ProfileImporter::writeStep()
{
    if (m_cancelled) {
        fail(ExportError::make(ExportErrorCode::Cancelled));
        return;
    }
    Step &step = m_steps[m_index];
    m_store->secrets()->write(step.profile.id, step.secret, this, [this](const SecretReply &reply) {
        Step &step = m_steps[m_index];
        if (!reply.ok()) {
            // A write that timed out may still land later: take it back too.
            step.written = reply.error->code == SecretErrorCode::Timeout;
            fail(keychainError(*reply.error));
            return;
        }
        step.written = true;
        wipe(step.secret);
        ++m_index;
        Q_EMIT progress(int(m_index), int(m_steps.size()));
        next();
    });
}

void ProfileImporter::fail(const ExportError &error)
{
    qCWarning(lcImport) << "import failed:" << error.codeName() << "- taking back what was written";
    m_outcome.error = error;
    Q_EMIT rollingBack();
    m_undoIndex = m_steps.size();
    undoNext();
}

// Newest first: restores replaced secrets, then removes the new entries.
void ProfileImporter::undoNext()
{
    while (m_undoIndex > 0 && !m_steps.at(m_undoIndex - 1).written)
        --m_undoIndex;
    if (m_undoIndex == 0 || !m_store) {
        finish();
        return;
    }
    Step &step = m_steps[m_undoIndex - 1];
    const auto done = [this](const SecretReply &reply) {
        Step &undone = m_steps[m_undoIndex - 1];
        if (!reply.ok())
            m_outcome.summary.leftovers << undone.profile.id;
        undone.written = false;
        if (undone.previous)
            wipe(*undone.previous);
        --m_undoIndex;
        undoNext();
    };
    if (step.replacing && step.previous)
        m_store->secrets()->write(step.profile.id, *step.previous, this, done);
    else
        m_store->secrets()->remove(step.profile.id, this, done);
}

void ProfileImporter::finish()
{
    m_running = false;
    for (Step &step : m_steps)
        wipe(step.secret);
    if (m_outcome.error) {
        m_outcome.summary.added = m_outcome.summary.replaced = m_outcome.summary.keptBoth = 0;
        m_outcome.summary.ids.clear();
        if (!m_outcome.summary.leftovers.isEmpty()) {
            qCWarning(lcImport) << m_outcome.summary.leftovers.size()
                                << "keychain entries could not be taken back";
            m_outcome.error->details += QStringLiteral(" (%1 keychain entries could not be taken back)")
                                            .arg(m_outcome.summary.leftovers.size());
        }
    }
    const ImportOutcome outcome = m_outcome;
    m_steps.clear();
    Q_EMIT finished(outcome);
}

} // namespace vkauth
