// SPDX-License-Identifier: MIT
#include "ImportCommand.h"

#include "CommandParser.h"
#include "profiles/ProfileStore.h"
#include "transfer/ExportFile.h"
#include "transfer/ExportFormats.h"
#include "transfer/ProfileImporter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vkauth::cli {

ImportCommand::ImportCommand(Output &output)
    : TransferCommand(output, QStringLiteral("import"), QStringLiteral("FILE"))
{
}

QString ImportCommand::description() const
{
    return tr("Adds the profiles of an export file (any format but meta) to the kept ones, all or\n"
              "nothing. An encrypted file asks for its passphrase.");
}

void ImportCommand::addOptions(CommandParser &parser) const
{
    parser.add(QCommandLineOption(
        QStringLiteral("passphrase-stdin"), tr("Read the passphrase from the first line of stdin.")));
    parser.add(QCommandLineOption(QStringLiteral("on-conflict"),
        tr("When a profile is already kept: skip, replace or keep-both (default skip)."), tr("CHOICE"),
        QStringLiteral("skip")));
}

int ImportCommand::execute(const CommandParser &parser, const std::optional<Profile> &)
{
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

    auto *importer = new ProfileImporter(m_store, context());
    QObject::connect(importer, &ProfileImporter::finished, context(), [this](const ImportOutcome &outcome) {
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
