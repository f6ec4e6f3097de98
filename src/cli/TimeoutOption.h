// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vkauth::cli {

class CommandParser;

// --timeout TIME: how long each request may take, with a unit ("10s", "500ms"). Without it, the
// settings' request timeout (the app's), so the CLI and the app wait alike. A bare number meant
// milliseconds before and is refused now, with a hint that names both spellings.
class TimeoutOption
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::cli::TimeoutOption)

public:
    static constexpr int kMaxMs = 3600 * 1000;

    static QCommandLineOption option();
    // The milliseconds to use, or nullopt with *error (translated) when the value cannot be used.
    static std::optional<int> read(const CommandParser &parser, int fallbackMs, QString *error);
    static std::optional<int> parse(const QString &text, QString *error);
};

} // namespace vkauth::cli
