// SPDX-License-Identifier: MIT
#include "ExportCommand.h"

#include "CommandParser.h"
#include "profiles/ProfileStore.h"
#include "transfer/ExportError.h"
#include "transfer/ExportFormats.h"
#include "transfer/ProfileExporter.h"

#include <QFile>
#include <QJsonObject>

#include <algorithm>

#include <unistd.h>

namespace vkauth::cli {

ExportCommand::ExportCommand(Output &output)
    : TransferCommand(output, QStringLiteral("export"), QStringLiteral("[PROFILE...]"))
{
}

QString ExportCommand::description() const
{
    return tr("Writes profiles (all, or the ones named) to a file:\n"
              "  encrypted  tokens under a passphrase (the default)\n"
              "  json       tokens in plain JSON: anyone who can read the file can use them\n"
              "  env        VK_TOKEN=... lines for scripts, also in plain text\n"
              "  meta       the list without tokens\n"
              "The file is written with owner-only permissions. --output - writes to stdout.");
}

void ExportCommand::addOptions(CommandParser &parser) const
{
    parser.add(QCommandLineOption(QStringLiteral("format"), tr("encrypted, json, env or meta."), tr("FORMAT"),
        QStringLiteral("encrypted")));
    parser.add(QCommandLineOption(
        {QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), tr("FILE")));
    parser.add(QCommandLineOption(
        QStringLiteral("passphrase-stdin"), tr("Read the passphrase from the first line of stdin.")));
}

int ExportCommand::execute(const CommandParser &parser, const std::optional<Profile> &)
{
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
        const auto profile = lookup(*m_store, m_output, query, exitCode);
        if (!profile)
            return exitCode;
        request.ids << profile->id;
    }
    if (ExportFormats::carriesTokens(*format) && !ExportFormats::needsPassphrase(*format))
        m_output.message(tr("Warning: this file holds the tokens in plain text."));
    const QList<Profile> all = m_store->profiles();
    const bool vkId = std::any_of(all.cbegin(), all.cend(), [&request](const Profile &p) {
        return p.isVkId() && (request.ids.isEmpty() || request.ids.contains(p.id));
    });
    if (vkId && *format == ExportFormat::Encrypted)
        m_output.message(tr("Warning: a VK ID profile's refresh token goes with it. Use only one of the two "
                            "copies: when both refresh, VK sees a reused refresh token and ends the session "
                            "of both."));
    else if (vkId && ExportFormats::carriesTokens(*format))
        m_output.message(tr("Note: VK ID refresh tokens are exported only in the encrypted format; an "
                            "imported copy of this file must be signed in again when its token expires."));

    auto *exporter = new ProfileExporter(m_store, context());
    QObject::connect(
        exporter, &ProfileExporter::finished, context(), [this, request](const ExportOutcome &outcome) {
            if (!outcome.ok()) {
                m_loop.finish(fail(*outcome.error));
                return;
            }
            if (request.path.isEmpty()) {
                QFile out;
                if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly)
                    || out.write(outcome.content) != outcome.content.size() || !out.flush()) {
                    m_loop.finish(
                        fail(ExportError::make(ExportErrorCode::WriteFailed, tr("standard output"))));
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

} // namespace vkauth::cli
