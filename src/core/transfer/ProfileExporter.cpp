// SPDX-License-Identifier: MIT
#include "transfer/ProfileExporter.h"

#include "profiles/ProfileStore.h"
#include "transfer/ExportFile.h"

#include <QLoggingCategory>
#include <QThread>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcExport, "vkauth.export")

namespace vkauth {
namespace {

void wipe(QString &text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace

ProfileExporter::ProfileExporter(ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

ProfileExporter::~ProfileExporter()
{
    wipe(m_request.passphrase);
    for (TransferEntry &entry : m_entries) {
        wipe(entry.secrets.token);
        wipe(entry.secrets.trustedHash);
        wipe(entry.secrets.refreshToken);
    }
}

void ProfileExporter::start(const ExportRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_request = request;
    m_entries.clear();
    m_content.clear();
    m_index = 0;
    std::optional<ExportError> error;
    if (!m_store) {
        error = ExportError::make(ExportErrorCode::ReadFailed, QStringLiteral("no profile store"));
    } else {
        const QList<Profile> all = m_store->profiles();
        if (m_request.ids.isEmpty()) {
            for (const Profile &p : all)
                m_entries << TransferEntry {p, {}};
        } else {
            for (const QString &id : std::as_const(m_request.ids)) {
                const auto p = m_store->profile(id);
                if (!p) {
                    error = ExportError::make(
                        ExportErrorCode::NothingSelected, QStringLiteral("no profile \"%1\"").arg(id));
                    break;
                }
                m_entries << TransferEntry {*p, {}};
            }
        }
        if (!error && m_entries.isEmpty())
            error = ExportError::make(ExportErrorCode::NothingSelected);
        if (!error && ExportFormats::needsPassphrase(m_request.format) && m_request.passphrase.isEmpty())
            error = ExportError::make(ExportErrorCode::EmptyPassphrase);
    }
    if (error) {
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    qCInfo(lcExport) << "exporting" << m_entries.size() << "profiles as"
                     << ExportFormats::name(m_request.format);
    QMetaObject::invokeMethod(this, &ProfileExporter::readNext, Qt::QueuedConnection);
}

void ProfileExporter::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void ProfileExporter::readNext()
{
    if (m_cancelled) {
        finish(ExportError::make(ExportErrorCode::Cancelled));
        return;
    }
    if (!m_store) {
        finish(ExportError::make(ExportErrorCode::ReadFailed, QStringLiteral("the profile store is gone")));
        return;
    }
    if (!ExportFormats::carriesTokens(m_request.format) || m_index >= m_entries.size()) {
        complete();
        return;
    }
    m_store->readSecrets(m_entries.at(m_index).profile.id, this,
        [this](const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &error) {
            if (!secrets) {
                const QString why = error
                    ? QStringLiteral("%1: %2").arg(SecretError::codeName(error->code), error->details)
                    : QString();
                finish(ExportError::make(ExportErrorCode::KeychainFailed,
                    QStringLiteral("%1 (%2)").arg(m_entries.at(m_index).profile.title(), why)));
                return;
            }
            m_entries[m_index].secrets = *secrets;
            m_entries[m_index].profile.hasTrustedHash = !secrets->trustedHash.isEmpty();
            ++m_index;
            Q_EMIT progress(int(m_index), int(m_entries.size()));
            readNext();
        });
}

void ProfileExporter::complete()
{
    // Sealing derives an Argon2id key (a tenth of a second up to seconds): on a worker thread, so the
    // window stays responsive. The worker owns the secrets it is given and wipes them.
    m_exported = int(m_entries.size());
    auto content = std::make_shared<ExportResult<QByteArray>>();
    QThread *worker = QThread::create(
        [entries = std::exchange(m_entries, {}), passphrase = std::exchange(m_request.passphrase, {}),
            format = m_request.format, kdf = m_request.kdf, content]() mutable {
            *content = ExportFormats::serialize(entries, format, passphrase, kdf);
            wipe(passphrase);
            for (TransferEntry &entry : entries) {
                wipe(entry.secrets.token);
                wipe(entry.secrets.trustedHash);
                wipe(entry.secrets.refreshToken);
            }
        });
    connect(worker, &QThread::finished, this, [this, content] { serialized(*content); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ProfileExporter::serialized(ExportResult<QByteArray> content)
{
    if (m_cancelled) {
        if (content.ok())
            sodium_memzero(content.value.data(), size_t(content.value.size()));
        finish(ExportError::make(ExportErrorCode::Cancelled));
        return;
    }
    if (!content.ok()) {
        finish(content.error);
        return;
    }
    if (!m_request.path.isEmpty()) {
        const auto written = ExportFile::write(m_request.path, content.value);
        sodium_memzero(content.value.data(), size_t(content.value.size()));
        if (!written.ok()) {
            finish(written.error);
            return;
        }
    } else {
        m_content = content.value;
    }
    finish(std::nullopt);
}

void ProfileExporter::finish(const std::optional<ExportError> &error)
{
    m_running = false;
    wipe(m_request.passphrase);
    const int count = error ? 0 : (m_entries.isEmpty() ? m_exported : int(m_entries.size()));
    for (TransferEntry &entry : m_entries) {
        wipe(entry.secrets.token);
        wipe(entry.secrets.trustedHash);
        wipe(entry.secrets.refreshToken);
    }
    m_entries.clear();
    if (error)
        qCWarning(lcExport) << "export failed:" << error->codeName();
    ExportOutcome outcome {error, count, error ? QByteArray() : m_content};
    m_content.clear();
    Q_EMIT finished(outcome);
}

} // namespace vkauth
