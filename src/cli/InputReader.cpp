// SPDX-License-Identifier: MIT
#include "InputReader.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace vkauth::cli {

namespace {

constexpr int kMaxLineBytes = 64 * 1024;

// The terminal settings to put back if a signal ends the process while echo is off.
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOffFd = -1;

extern "C" void restoreTerminalAndDie(int signal)
{
    if (g_echoOffFd >= 0)
        tcsetattr(g_echoOffFd, TCSANOW, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

InputReader::InputReader(int fd, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
{
    m_usable = fcntl(m_fd, F_GETFL) != -1 && (fcntl(m_fd, F_GETFL) & O_ACCMODE) != O_WRONLY;
    m_terminal = m_usable && isatty(m_fd) == 1;
    if (m_usable) {
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        m_notifier->setEnabled(false);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &InputReader::readAvailable);
    }
}

InputReader::~InputReader()
{
    setEcho(true);
}

void InputReader::request(bool secret)
{
    m_waiting = true;
    m_secret = secret;
    if (!m_usable) {
        m_eof = true;
        QTimer::singleShot(0, this, [this] {
            if (m_waiting && !deliverBufferedLine())
                finishWait();
        });
        return;
    }
    if (secret && m_terminal)
        setEcho(false);
    QTimer::singleShot(0, this, [this] {
        if (m_waiting && !deliverBufferedLine())
            m_notifier->setEnabled(true);
    });
}

void InputReader::readLine(
    bool secret, QObject *context, const std::function<void(const std::optional<QString> &)> &done)
{
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const auto disconnectAll = [connections] {
        for (const auto &c : std::as_const(*connections))
            QObject::disconnect(c);
    };
    *connections << connect(
        this, &InputReader::lineRead, context, [done, disconnectAll](const QString &line) {
            disconnectAll();
            done(line);
        });
    *connections << connect(this, &InputReader::endOfInput, context, [done, disconnectAll] {
        disconnectAll();
        done(std::nullopt);
    });
    request(secret);
}

void InputReader::abandon()
{
    m_waiting = false;
    if (m_notifier)
        m_notifier->setEnabled(false);
    setEcho(true);
}

void InputReader::readAvailable()
{
    char chunk[4096];
    const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0)
        m_eof = true;
    else
        m_buffer.append(chunk, n);
    if (!m_eof && !m_buffer.contains('\n') && m_buffer.size() < kMaxLineBytes)
        return;
    m_notifier->setEnabled(false);
    if (m_waiting && !deliverBufferedLine())
        finishWait();
}

// Hands over one complete line (or the rest of the input at its end); false when there is none.
bool InputReader::deliverBufferedLine()
{
    qsizetype end = m_buffer.indexOf('\n');
    if (end < 0 && m_buffer.size() >= kMaxLineBytes)
        end = kMaxLineBytes;
    if (end < 0 && !(m_eof && !m_buffer.isEmpty()))
        return false;
    if (end < 0)
        end = m_buffer.size();
    QByteArray line = m_buffer.left(end);
    m_buffer.remove(0, qMin(end + 1, m_buffer.size()));
    if (line.endsWith('\r'))
        line.chop(1);
    const bool wasSecretOnTerminal = m_secret && m_terminal;
    abandon();
    if (wasSecretOnTerminal)
        std::fputs("\n", stderr);
    Q_EMIT lineRead(QString::fromUtf8(line));
    return true;
}

void InputReader::finishWait()
{
    const bool wasSecretOnTerminal = m_secret && m_terminal;
    abandon();
    if (wasSecretOnTerminal)
        std::fputs("\n", stderr);
    Q_EMIT endOfInput();
}

void InputReader::setEcho(bool on)
{
    if (!m_terminal || on != m_echoOff)
        return;
    if (!on) {
        termios settings;
        if (tcgetattr(m_fd, &settings) != 0)
            return;
        g_savedTerminal = settings;
        settings.c_lflag &= ~tcflag_t(ECHO);
        g_echoOffFd = m_fd;
        for (const int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
            std::signal(sig, restoreTerminalAndDie);
        tcsetattr(m_fd, TCSANOW, &settings);
        m_echoOff = true;
    } else {
        tcsetattr(m_fd, TCSANOW, &g_savedTerminal);
        g_echoOffFd = -1;
        for (const int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
            std::signal(sig, SIG_DFL);
        m_echoOff = false;
    }
}

} // namespace vkauth::cli
