// SPDX-License-Identifier: MIT
#pragma once

#include "auth/PageRunner.h"

#include <QHash>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace vkauth {

// The system browser's half of a VK ID sign-in (RFC 8252 §7.3), as a PageRunner: listen() binds a
// one-shot HTTP listener to 127.0.0.1 only (whatever host the redirect URL names: localhost resolves
// there) on the redirect URL's port — a free port when the URL has none, which listen() reports so the
// front can say it (VK ID accepts only the registered URL) — and start() opens the page with the
// opener (xdg-open, QDesktopServices) and waits. Only a GET of the redirect path is taken: it ends the
// page as Caught with that address and is answered with a short page telling the person to return to
// VK Auth (no code, no token in it); anything else (another path or method, a request over 8 KiB or
// slower than 10 s) is refused and the listener goes on. The whole wait has a timeout (default 5 min)
// that ends the page as Error. finished() comes exactly once per start().
class LoopbackReceiver : public PageRunner
{
    Q_OBJECT
public:
    using Opener = std::function<bool(const QUrl &url)>; // false: no browser could be opened

    static constexpr int kDefaultTimeoutMs = 5 * 60 * 1000;
    static constexpr qint64 kMaxRequestBytes = 8 * 1024;

    explicit LoopbackReceiver(Opener opener, QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Binds 127.0.0.1 for this redirect URL; the URL as it will be served (its port filled in), or
    // nullopt with *why (translated) when the port cannot be had or the URL is not a loopback http one.
    std::optional<QUrl> listen(const QUrl &redirectUri, QString *why = nullptr);
    bool isListening() const;

    void start(const PageJob &job) override; // listens first if listen() was not called
    void cancel() override;
    bool isAvailable() const override { return true; }

Q_SIGNALS:
    // The page is out: opened in the browser (opened), or not — then the front shows the address.
    void waiting(const QUrl &pageUrl, bool opened);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QString &text);
    void end(const PageResult &result);

    Opener m_opener;
    int m_timeoutMs = kDefaultTimeoutMs;
    QTcpServer *m_server = nullptr;
    QTimer *m_timeout = nullptr;
    QUrl m_redirect;
    bool m_running = false;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace vkauth
