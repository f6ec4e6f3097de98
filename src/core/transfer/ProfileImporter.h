// SPDX-License-Identifier: MIT
#pragma once

#include "transfer/ExportError.h"
#include "transfer/ExportFormats.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <QPointer>
#include <QStringList>
#include <functional>

#include <optional>

namespace vkauth {

class ProfileStore;

// What to do with an imported profile that matches a kept one (same kind, VK id and app).
enum class ConflictChoice { Skip, Replace, KeepBoth };

struct ImportItem
{
    TransferEntry entry;
    QString conflictId; // the kept profile it matches, or empty
    ConflictChoice choice = ConflictChoice::Skip; // used only when conflictId is set
};

struct ImportSummary
{
    int added = 0; // including kept-both copies
    int keptBoth = 0;
    int replaced = 0;
    int skipped = 0;
    QStringList ids; // ids of the profiles added or replaced, in file order
    // Keychain entries a failed import wrote but could not take back (the keychain went away);
    // no profile refers to them. Empty after a success or a clean rollback.
    QStringList leftovers;
};

struct ImportOutcome
{
    std::optional<ExportError> error;
    ImportSummary summary;
    bool ok() const { return !error.has_value(); }
};

// Imports profiles into a ProfileStore, all or nothing.
//
//   ProfileImporter importer(&store);
//   auto items = importer.prepare(content, passphrase);  // detect + decrypt + check + find conflicts
//   ProfileImporter::resolveAll(items.value, ConflictChoice::Replace);
//   importer.start(items.value);                          // then wait for finished()
//
// Secrets are written to the keychain one at a time: first those of new profiles (under new ids),
// then, for replaced profiles, over the old entry (whose secret is read first and kept in memory).
// Only when every write succeeded is the index changed, in one write (ProfileStore::commitImport).
// On any failure or cancel() every write is taken back (new entries removed, old secrets restored)
// and the index is not touched, so the store is as it was. If the keychain is gone so that even the
// rollback cannot reach it, the entries it could not remove are listed in ImportSummary::leftovers
// (the index still does not refer to them, and kept profiles' secrets were not yet overwritten unless
// the failure struck during the replacing step).
class ProfileImporter : public QObject
{
    Q_OBJECT
public:
    explicit ProfileImporter(ProfileStore *store, QObject *parent = nullptr);
    ~ProfileImporter() override;

    // Synchronous (an encrypted file costs one Argon2id derivation, ~0.1-0.3 s). The passphrase is
    // used only for an encrypted file. Fails as ExportFormats::parse() does, and with NoTokens for a
    // metadata-only list.
    ExportResult<QList<ImportItem>> prepare(QByteArrayView content, const QString &passphrase = {}) const;
    ExportResult<QList<ImportItem>> prepareFile(const QString &path, const QString &passphrase = {}) const;
    // The same, with the file read and the key derived on a worker thread (a hostile header may ask
    // for seconds of Argon2id); done runs later on this object's thread, not at all if it is
    // destroyed first.
    using PrepareCallback = std::function<void(const ExportResult<QList<ImportItem>> &items)>;
    void prepareFileInBackground(const QString &path, const QString &passphrase, PrepareCallback done);

    // Sets the choice of every conflicting item.
    static void resolveAll(QList<ImportItem> &items, ConflictChoice choice);
    static int conflictCount(const QList<ImportItem> &items);
    // Zeroes the decrypted tokens and trusted hashes the items hold (in place, shared copies
    // included) and empties the list. Call it once the items are no longer needed.
    static void wipeItems(QList<ImportItem> &items);

    // Starts the import; finished() follows, always, later (never inside this call).
    void start(const QList<ImportItem> &items);
    // Stops at the next step, takes back what was written, and finishes with Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    static QString choiceName(ConflictChoice choice); // "skip", "replace", "keep-both"
    static std::optional<ConflictChoice> choiceFromName(const QString &name);

Q_SIGNALS:
    void progress(int done, int total); // keychain writes
    void rollingBack(); // a failure or cancel: taking back what was written
    void finished(const vkauth::ImportOutcome &outcome);

private:
    struct Step
    {
        Profile profile;
        QByteArray secret; // keychain data to write; wiped once written
        bool replacing = false;
        bool written = false;
        std::optional<QByteArray> previous; // replacing: the old entry's data (nullopt: there was none)
    };

    ExportResult<QList<ImportItem>> itemsFor(const ExportResult<QList<TransferEntry>> &entries) const;
    void plan(const QList<ImportItem> &items);
    void next();
    void writeStep();
    void fail(const ExportError &error);
    void undoNext();
    void finish();

    QPointer<ProfileStore> m_store;
    QList<Step> m_steps;
    qsizetype m_index = 0;
    bool m_running = false;
    bool m_cancelled = false;
    ImportOutcome m_outcome;
    qsizetype m_undoIndex = 0;
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::ImportSummary)
Q_DECLARE_METATYPE(vkauth::ImportOutcome)
