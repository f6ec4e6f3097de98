// SPDX-License-Identifier: MIT
#include "profiles/Clipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace vkauth::gui {

Clipboard::Clipboard(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &Clipboard::tick);
}

Clipboard::~Clipboard()
{
    if (!m_secret.isEmpty() && holdsSecret())
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
}

void Clipboard::setClearAfterSeconds(int seconds)
{
    m_clearAfter = qMax(0, seconds);
}

void Clipboard::copySecret(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
#if defined(Q_OS_MACOS)
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
#elif defined(Q_OS_WIN)
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), QByteArray(4, '\0'));
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), QByteArray(4, '\0'));
#else
    mime->setData(QString::fromLatin1(kKdeHintFormat), QByteArrayLiteral("secret"));
#endif
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_secret = secret;
    Q_EMIT copied();
    if (m_clearAfter == 0) {
        stop();
        return;
    }
    m_remaining = m_clearAfter;
    m_timer->start();
    Q_EMIT countdownChanged(m_remaining);
}

bool Clipboard::holdsSecret() const
{
    return !m_secret.isEmpty() && QGuiApplication::clipboard()->text(QClipboard::Clipboard) == m_secret;
}

void Clipboard::clearNow()
{
    if (m_secret.isEmpty())
        return;
    const bool ours = holdsSecret();
    if (ours)
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    stop();
    if (ours)
        Q_EMIT cleared();
    else
        Q_EMIT abandoned();
}

void Clipboard::tick()
{
    if (!holdsSecret()) {
        stop();
        Q_EMIT abandoned();
        return;
    }
    if (--m_remaining > 0) {
        Q_EMIT countdownChanged(m_remaining);
        return;
    }
    clearNow();
}

void Clipboard::stop()
{
    const bool wasCounting = m_timer->isActive();
    m_timer->stop();
    m_secret.clear();
    m_remaining = 0;
    if (wasCounting)
        Q_EMIT countdownChanged(0);
}

} // namespace vkauth::gui
