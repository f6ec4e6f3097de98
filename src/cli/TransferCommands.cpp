#include "TransferCommands.h"

#include "CommandParser.h"
#include "InputReader.h"
#include "ProfileCommands.h"
#include "crypto/PassphraseStrength.h"
#include "profiles/ProfileStore.h"
#include "transfer/ExportFile.h"
#include "transfer/ExportFormats.h"
#include "transfer/ProfileExporter.h"
#include "transfer/ProfileImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace vkauth::cli {

TransferCommands::TransferCommands(Output &output, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_input(new InputReader(STDIN_FILENO, this))
{
}

TransferCommands::~TransferCommands() = default;

bool TransferCommands::parse(CommandParser &parser, const QStringList &args, int &exitCode)
{
    if (!parser.run(m_output, args, exitCode))
        return false;
    m_store = new ProfileStore(this);
    const ProfileStore::LoadReport report = m_store->load();
    if (report.status == ProfileStore::LoadReport::Status::Failed) {
        exitCode = m_output.fail(Failure, report.message);
        return false;
    }
    if (!report.ok())
        m_output.message(report.message);
    return true;
}

int TransferCommands::fail(const ExportError &error)
{
    QString message = error.message;
    if (!error.details.isEmpty())
        message += QStringLiteral(" (") + error.details + u')';
    const ExitCode code = error.code == ExportErrorCode::KeychainFailed ? Keychain
        : error.code == ExportErrorCode::Cancelled                      ? Cancelled
                                                                        : Failure;
    return m_output.fail(code, error.codeName(), message);
}

void TransferCommands::readPassphrase(
    bool fromStdin, bool confirm, const std::function<void(const QString &)> &given)
{
    // A new passphrase (export) that is easy to guess gets a warning, as in the app's export dialog.
    const auto then = [this, confirm, given](const QString &passphrase) {
        const auto strength = PassphraseStrength::assess(passphrase);
        if (confirm && strength.level <= PassphraseStrength::Level::Weak) {
            m_output.message(tr("Warning: this passphrase is weak (%1): anyone who gets the file can try "
                                "guesses offline. %2")
                                 .arg(PassphraseStrength::levelName(strength.level), strength.hint));
        }
        given(passphrase);
    };
    if (!fromStdin && !m_input->isTerminal()) {
        m_loop.finish(
            m_output.fail(Cancelled, tr("No passphrase: stdin is not a terminal. Use --passphrase-stdin.")));
        return;
    }
    const bool ask = m_input->isTerminal();
    m_input->readLine(true, this, [this, ask, confirm, then](const std::optional<QString> &first) {
        if (!first || first->isEmpty()) {
            m_loop.finish(m_output.fail(Cancelled, tr("No passphrase was given.")));
            return;
        }
        if (!ask || !confirm) {
            then(*first);
            return;
        }
        m_input->readLine(true, this, [this, first, then](const std::optional<QString> &second) {
            if (second != first) {
                m_loop.finish(m_output.fail(Cancelled, tr("The passphrases differ.")));
                return;
            }
            then(*first);
        });
        m_output.err() << tr("Repeat the passphrase: ") << Qt::flush;
    });
    // Asked only once the echo is off, so nothing typed in reply shows.
    if (ask)
        m_output.err() << tr("Passphrase: ") << Qt::flush;
}

int TransferCommands::runExport(const QStringList &args)
{
    CommandParser parser(QStringLiteral("export"), QStringLiteral("[PROFILE...]"),
        tr("Writes profiles (all, or the ones named) to a file:\n"
           "  encrypted  tokens under a passphrase (the default)\n"
           "  json       tokens in plain JSON: anyone who can read the file can use them\n"
           "  env        VK_TOKEN=... lines for scripts, also in plain text\n"
           "  meta       the list without tokens\n"
           "The file is written with owner-only permissions. --output - writes to stdout."));
    parser.add(QCommandLineOption(QStringLiteral("format"), tr("encrypted, json, env or meta."), tr("FORMAT"),
        QStringLiteral("encrypted")));
    parser.add(QCommandLineOption(
        {QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), tr("FILE")));
    parser.add(QCommandLineOption(
        QStringLiteral("passphrase-stdin"), tr("Read the passphrase from the first line of stdin.")));
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    const auto format = ExportFormats::fromName(parser.value(QStringLiteral("format")));
    if (!format)
        return m_output.fail(Usage,
            tr("Unknown format \"%1\": use encrypted, json, env or meta.")
                .arg(parser.value(QStringLiteral("format"))));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return m_output.fail(Usage, tr("export needs --output FILE (or --output - for stdout)."));

    ExportRequest request;
    request.format = *format;
    request.path = output == u"-" ? QString() : output;
    for (const QString &query : parser.positional()) {
        int exitCode = Ok;
        const auto profile = ProfileCommands::lookup(*m_store, m_output, query, exitCode);
        if (!profile)
            return exitCode;
        request.ids << profile->id;
    }
    if (ExportFormats::carriesTokens(*format) && !ExportFormats::needsPassphrase(*format))
        m_output.message(tr("Warning: this file holds the tokens in plain text."));

    auto *exporter = new ProfileExporter(m_store, this);
    connect(exporter, &ProfileExporter::finished, this, [this, request](const ExportOutcome &outcome) {
        if (!outcome.ok()) {
            m_loop.finish(fail(*outcome.error));
            return;
        }
        if (request.path.isEmpty()) {
            QFile out;
            if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly)
                || out.write(outcome.content) != outcome.content.size() || !out.flush()) {
                m_loop.finish(fail(ExportError::make(ExportErrorCode::WriteFailed, tr("standard output"))));
                return;
            }
        } else if (m_output.json()) {
            m_output.document(QJsonObject {{QStringLiteral("exported"), outcome.count},
                {QStringLiteral("file"), request.path},
                {QStringLiteral("format"), ExportFormats::name(request.format)}});
        }
        if (!request.path.isEmpty())
            m_output.message(tr("Profiles exported: %1, to %2.").arg(outcome.count).arg(request.path));
        m_loop.finish(Ok);
    });
    if (ExportFormats::needsPassphrase(*format)) {
        readPassphrase(parser.isSet(QStringLiteral("passphrase-stdin")), true,
            [exporter, request](const QString &passphrase) {
                ExportRequest withPassphrase = request;
                withPassphrase.passphrase = passphrase;
                exporter->start(withPassphrase);
            });
    } else {
        exporter->start(request);
    }
    return m_loop.exec();
}

int TransferCommands::runImport(const QStringList &args)
{
    CommandParser parser(QStringLiteral("import"), QStringLiteral("FILE"),
        tr("Adds the profiles of an export file (any format but meta) to the kept ones, all or\n"
           "nothing. An encrypted file asks for its passphrase."));
    parser.add(QCommandLineOption(
        QStringLiteral("passphrase-stdin"), tr("Read the passphrase from the first line of stdin.")));
    parser.add(QCommandLineOption(QStringLiteral("on-conflict"),
        tr("When a profile is already kept: skip, replace or keep-both (default skip)."), tr("CHOICE"),
        QStringLiteral("skip")));
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (parser.positional().size() != 1)
        return m_output.fail(Usage, tr("import needs exactly one FILE."));
    const auto choice = ProfileImporter::choiceFromName(parser.value(QStringLiteral("on-conflict")));
    if (!choice)
        return m_output.fail(Usage, tr("--on-conflict takes skip, replace or keep-both."));
    const auto content = ExportFile::read(parser.positional().first());
    if (!content.ok())
        return fail(*content.error);
    const auto format = ExportFormats::detect(content.value);
    if (!format.ok())
        return fail(*format.error);

    auto *importer = new ProfileImporter(m_store, this);
    connect(importer, &ProfileImporter::finished, this, [this](const ImportOutcome &outcome) {
        if (!outcome.ok()) {
            m_loop.finish(fail(*outcome.error));
            return;
        }
        const ImportSummary &s = outcome.summary;
        if (m_output.json()) {
            m_output.document(
                QJsonObject {{QStringLiteral("added"), s.added}, {QStringLiteral("replaced"), s.replaced},
                    {QStringLiteral("skipped"), s.skipped}, {QStringLiteral("kept_both"), s.keptBoth},
                    {QStringLiteral("ids"), QJsonArray::fromStringList(s.ids)}});
        }
        m_output.message(
            tr("Imported: %1 added, %2 replaced, %3 skipped.").arg(s.added).arg(s.replaced).arg(s.skipped));
        m_loop.finish(Ok);
    });
    const auto start = [this, importer, bytes = content.value, choice = *choice](const QString &passphrase) {
        auto items = importer->prepare(bytes, passphrase);
        if (!items.ok()) {
            m_loop.finish(fail(*items.error));
            return;
        }
        ProfileImporter::resolveAll(items.value, choice);
        importer->start(items.value); // plans its own keychain data (wiped once written)
        ProfileImporter::wipeItems(items.value);
    };
    if (ExportFormats::needsPassphrase(format.value))
        readPassphrase(parser.isSet(QStringLiteral("passphrase-stdin")), false, start);
    else
        start({});
    return m_loop.exec();
}

} // namespace vkauth::cli
