#pragma once

#include "CommandLoop.h"
#include "Output.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace vkauth {
class ProfileStore;
struct ExportError;
} // namespace vkauth

namespace vkauth::cli {

class CommandParser;
class InputReader;

// "export" and "import": profiles to and from a file (encrypted, json, env or meta), with the
// passphrase typed without echo or read from stdin (--passphrase-stdin), never from argv.
class TransferCommands : public QObject
{
    Q_OBJECT
public:
    explicit TransferCommands(Output &output, QObject *parent = nullptr);
    ~TransferCommands() override;

    int runExport(const QStringList &args);
    int runImport(const QStringList &args);

private:
    bool parse(CommandParser &parser, const QStringList &args, int &exitCode);
    void readPassphrase(bool fromStdin, bool confirm, const std::function<void(const QString &)> &then);
    int fail(const ExportError &error);

    Output &m_output;
    CommandLoop m_loop;
    InputReader *m_input;
    ProfileStore *m_store = nullptr;
};

} // namespace vkauth::cli
