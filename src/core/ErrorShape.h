// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <array>

namespace vkauth {

// How an error reads as one text: "message (details)" on one line (the CLI, a status line) or the
// details on a line of their own (a dialog's error label). Details that only repeat the message are
// left out.
enum class ErrorLayout { OneLine, TwoLines };
QString formatError(
    const QString &message, const QString &details, ErrorLayout layout = ErrorLayout::OneLine);

// Out of line so that this header needs neither QCoreApplication nor net/Redact.h.
QString translateError(const char *context, const char *sourceText);
QString redactErrorDetails(const QString &details);

// One row of an error table: a code, its stable name for scripts, --json and logs ("WRONG_OTP"), and
// its message as the source text of a translation (QT_TRANSLATE_NOOP in the table's context).
template <typename Code> struct ErrorText
{
    Code code;
    const char *name;
    const char *message;
};

// The one shape of every error a flow, the keychain or a transfer ends with (AuthError, SecretError,
// ExportError derive from it): the code and its stable name, a stable reason within the code when one
// is known (what scripts branch on: "app_blocked"), the translated message for people and the details
// (the other side's own words, redacted, never a secret).
// `Fallback` is the default code and the row used for a code missing from the table. The derived
// Error brings the table:
//   static const char *const context;                    // the tr() context of the messages
//   static const std::array<ErrorText<Code>, N> rows;    // defined in its .cpp
template <typename Error, typename Code, Code Fallback> struct ErrorShape
{
    Code code = Fallback;
    // Stable, lower-case: "app_blocked", "app_disabled", "security_error", "validation_required", …;
    // empty when the code says it all. --json prints it.
    QString reason;
    QString message; // translated, for people
    QString details; // the server's, keychain's or file system's words, redacted; never a secret

    QString codeName() const { return codeName(code); }
    QString text(ErrorLayout layout = ErrorLayout::OneLine) const
    {
        return formatError(message, details, layout);
    }

    static QString codeName(Code code) { return QString::fromLatin1(row(code).name); }
    static QString describe(Code code) { return translateError(Error::context, row(code).message); }
    static Code codeFromName(const QString &name, bool *ok = nullptr)
    {
        for (const auto &r : Error::rows) {
            if (name == QLatin1String(r.name)) {
                if (ok)
                    *ok = true;
                return r.code;
            }
        }
        if (ok)
            *ok = false;
        return Fallback;
    }

    // The error of `code`: its translated message and the details, redacted.
    static Error make(Code code, const QString &details = {})
    {
        Error e;
        e.code = code;
        e.message = describe(code);
        e.details = redactErrorDetails(details);
        return e;
    }

private:
    static const ErrorText<Code> &row(Code code)
    {
        const ErrorText<Code> *fallback = nullptr;
        for (const auto &r : Error::rows) {
            if (r.code == code)
                return r;
            if (r.code == Fallback)
                fallback = &r;
        }
        return *fallback;
    }
};

} // namespace vkauth
