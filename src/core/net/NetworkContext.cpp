// SPDX-License-Identifier: MIT
#include "net/NetworkContext.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>

namespace vkauth {

NetworkContext NetworkContext::fromSettings(const Settings &settings)
{
    settings.applyNetworkProxy();
    NetworkContext context;
    context.endpoints = settings.endpoints();
    context.timeoutMs = settings.requestTimeoutSeconds * 1000;
    return context;
}

QNetworkAccessManager *NetworkContext::network()
{
    static QPointer<QNetworkAccessManager> manager;
    if (!manager)
        manager = new QNetworkAccessManager(QCoreApplication::instance());
    return manager;
}

} // namespace vkauth
