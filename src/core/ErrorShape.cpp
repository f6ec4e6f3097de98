// SPDX-License-Identifier: MIT
#include "ErrorShape.h"

#include "net/Redact.h"

#include <QCoreApplication>

namespace vkauth {

QString formatError(const QString &message, const QString &details, ErrorLayout layout)
{
    if (details.isEmpty() || details == message)
        return message;
    return message + (layout == ErrorLayout::OneLine ? QStringLiteral(" (") : QStringLiteral("\n(")) + details
        + u')';
}

QString translateError(const char *context, const char *sourceText)
{
    return QCoreApplication::translate(context, sourceText);
}

QString redactErrorDetails(const QString &details)
{
    return Redact::text(details);
}

} // namespace vkauth
