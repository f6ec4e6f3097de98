// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSocketNotifier;

namespace vkauth::cli {

// Reads answers from standard input one line at a time, without blocking the event loop. On a
// terminal a secret line is typed without echo; from a pipe or file lines are taken in order.
// End of input (or no usable standard input at all) is reported, never waited out.
class InputReader : public QObject
{
    Q_OBJECT
public:
    explicit InputReader(int fd = 0, QObject *parent = nullptr);
    ~InputReader() override;

    bool isTerminal() const { return m_terminal; }
    bool isUsable() const { return m_usable; }

    // Asks for the next line; exactly one of lineRead / endOfInput follows, never from inside this call.
    void request(bool secret);
    // Stops waiting for the requested line (the question went away) and restores the echo.
    void abandon();
    bool isWaiting() const { return m_waiting; }

    // One line for `done` (nullopt at the end of input), outside of any Prompter question.
    void readLine(
        bool secret, QObject *context, const std::function<void(const std::optional<QString> &)> &done);

Q_SIGNALS:
    void lineRead(const QString &line);
    void endOfInput();

private:
    void readAvailable();
    bool deliverBufferedLine();
    void finishWait();
    void setEcho(bool on);

    int m_fd;
    bool m_terminal = false;
    bool m_usable = false;
    bool m_waiting = false;
    bool m_secret = false;
    bool m_eof = false;
    bool m_echoOff = false;
    QByteArray m_buffer;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace vkauth::cli
