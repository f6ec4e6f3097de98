#pragma once

#include <QDir>
#include <QString>

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

} // namespace testsupport
