// SPDX-License-Identifier: MIT
#pragma once

#include "FakeVk.h"

#include <QDir>
#include <QString>
#include <QUrlQuery>

namespace testsupport {

// Where tests leave screenshots and other artefacts worth looking at: $VKAUTH_ARTIFACT_DIR, or
// <build>/test-artifacts.
inline QString artifactDir()
{
    QString dir = qEnvironmentVariable("VKAUTH_ARTIFACT_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(VKAUTH_BINARY_DIR "/test-artifacts");
    QDir().mkpath(dir);
    return dir;
}

// A request the fake recorded, its URL query and form body read as one set of parameters.
inline QUrlQuery tokenParams(const fakevk::RecordedRequest &request)
{
    QUrlQuery params(request.url);
    for (const auto &[name, value] :
        QUrlQuery(QString::fromUtf8(request.body)).queryItems(QUrl::FullyDecoded))
        params.addQueryItem(name, value);
    return params;
}

} // namespace testsupport
