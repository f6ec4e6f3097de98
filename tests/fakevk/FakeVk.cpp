#include "FakeVk.h"

#include <QHostAddress>

namespace fakevk {

FakeVk::FakeVk(QObject *parent) : QObject(parent) {}

FakeVk::~FakeVk() = default;

bool FakeVk::start(quint16 port)
{
    const int bound = m_server.listen(QHostAddress::LocalHost, port);
    if (bound <= 0)
        return false;
    m_port = quint16(bound);
    return true;
}

QUrl FakeVk::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

} // namespace fakevk
