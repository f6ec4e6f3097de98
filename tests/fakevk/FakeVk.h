#pragma once

#include <QHttpServer>
#include <QObject>
#include <QUrl>

namespace fakevk {

// A loopback fake of VK's OAuth, login, site and API hosts on one port (PROTOCOL.md).
class FakeVk : public QObject
{
    Q_OBJECT
public:
    explicit FakeVk(QObject *parent = nullptr);
    ~FakeVk() override;

    // Listens on 127.0.0.1 (port 0 = any free port). Returns false if it could not.
    bool start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

} // namespace fakevk
