// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/EncryptedBundle.h"
#include "transfer/ExportError.h"
#include "transfer/ExportFormats.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace vkauth {

class ProfileStore;

struct ExportRequest
{
    QStringList ids; // profile ids, in this order; empty = every profile, in store order
    ExportFormat format = ExportFormat::Encrypted;
    QString passphrase; // Encrypted only; the caller has asked for it twice
    QString path; // written atomically, 0600 (ExportFile::write); empty = content only
    KdfParams kdf = KdfParams::defaults();
};

struct ExportOutcome
{
    std::optional<ExportError> error;
    int count = 0; // profiles exported
    QByteArray content; // the file's content when ExportRequest::path was empty
    bool ok() const { return !error.has_value(); }
};

// Exports profiles of a ProfileStore: reads their secrets from the keychain one at a time (not for
// Metadata), then builds the content (ExportFormats::serialize) and writes the file.
//
//   ProfileExporter exporter(&store);
//   connect(&exporter, &ProfileExporter::finished, ...);
//   exporter.start({ids, ExportFormat::Encrypted, passphrase, path});
//
// A keychain failure, an unknown id or cancel() ends it with an error and no file written.
class ProfileExporter : public QObject
{
    Q_OBJECT
public:
    explicit ProfileExporter(ProfileStore *store, QObject *parent = nullptr);
    ~ProfileExporter() override;

    // finished() follows, always, later (never inside this call).
    void start(const ExportRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total); // secrets read
    void finished(const vkauth::ExportOutcome &outcome);

private:
    void readNext();
    void complete(); // seals on a worker thread; serialized() follows
    void serialized(ExportResult<QByteArray> content);
    void finish(const std::optional<ExportError> &error);

    QPointer<ProfileStore> m_store;
    ExportRequest m_request;
    QList<TransferEntry> m_entries;
    qsizetype m_index = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QByteArray m_content;
    int m_exported = 0; // entries handed to the sealing worker
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::ExportOutcome)
