// SPDX-License-Identifier: MIT
#pragma once

#include "ExitCode.h"
#include "auth/AuthError.h"

#include <QJsonValue>
#include <QTextStream>

namespace vkauth::cli {

// Where a command's results go: data on stdout (plain lines, or one JSON document with --json),
// messages and errors on stderr. With --json a failure is also printed on stdout as
// {"error": {"code": "...", "message": "..."}}.
class Output
{
public:
    Output(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }
    // --verbose: errors add the other side's raw words ("message (details)"); else only the parts of
    // them that read as a sentence for people (VK's human text), and --json has them in "details".
    void setVerbose(bool verbose) { m_verbose = verbose; }
    bool verbose() const { return m_verbose; }

    QTextStream &err() { return m_err; }
    void message(const QString &text);
    void line(const QString &text);
    void document(const QJsonValue &value);
    // A long list goes out as it is made, without a flush per item (the stream is flushed when the
    // command ends): plain lines, or the items of one JSON array (the same text document() writes).
    void streamLine(const QString &text);
    void beginArray();
    void arrayItem(const QJsonObject &item);
    void endArray();

    // Reports the failure and returns the exit code to end with.
    int fail(ExitCode code, const QString &message);
    int fail(const AuthError &error);
    int fail(ExitCode code, const QString &codeName, const QString &message);
    // A failure with the other side's words: shown as --verbose says, and kept in --json's "details";
    // reason: the error's stable reason ("app_blocked"), in --json only when there is one.
    int fail(ExitCode code, const QString &codeName, const QString &message, const QString &details,
        const QString &reason = {});

    // The parts of `details` ("invalid_client: Username or password is incorrect") that read as words
    // for people, not identifiers or codes; empty when there are none or they repeat `message`.
    static QString humanWords(const QString &message, const QString &details);

    // The "code" of a CLI-level failure in --json output (AuthError names cover the flows).
    static QString codeName(ExitCode code);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    bool m_verbose = false;
    qsizetype m_items = 0; // written so far by arrayItem()
};

} // namespace vkauth::cli
