// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/ProfileStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace testsupport {

// What the profile store tests share (tst_profilestore, tst_profileindex): unguessable secrets,
// tokens as a flow yields them, and bounded waits for the keychain's answers.

inline QString randomSecret(const char *prefix)
{
    QByteArray bytes(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(prefix)
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline QString sha(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

inline vkauth::ObtainedToken userToken(qint64 id, const QString &token, const QString &trustedHash = {})
{
    vkauth::ObtainedToken t;
    t.kind = vkauth::TokenKind::User;
    t.vkId = id;
    t.token = token;
    t.trustedHash = trustedHash;
    t.expiresIn = 86400;
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    t.scope = 65536 | 8192 | 4194304;
    t.app = *vkauth::AppCredentials::byKey(QStringLiteral("android"));
    t.email = QStringLiteral("ivan@example.org");
    return t;
}

inline vkauth::ObtainedToken communityToken(qint64 id, const QString &token)
{
    vkauth::ObtainedToken t = userToken(id, token);
    t.kind = vkauth::TokenKind::Community;
    t.scope = 4096 | 262144;
    t.email.clear();
    t.expiresIn = 0;
    return t;
}

// Writes content as the index (profiles.json) in dir, as another program would; false on failure.
inline bool writeIndexFile(const QString &dir, const QByteArray &content)
{
    QFile index(QDir(dir).filePath(QStringLiteral("profiles.json")));
    return index.open(QIODevice::WriteOnly) && index.write(content) == content.size();
}

// secret-tool lookup: 0 when the keychain holds the entry, 1 when not. The secret itself goes nowhere.
inline int keychainLookup(const QString &key)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("vkauth"), QStringLiteral("user"),
            key});
    if (!p.waitForFinished(20000))
        return -1;
    return p.exitCode();
}

inline bool waitSaved(vkauth::ProfileStore &store, const QString &id)
{
    if (store.secretState(id) == vkauth::ProfileStore::SecretState::Saving) {
        QSignalSpy spy(&store, &vkauth::ProfileStore::secretStateChanged);
        if (!QTest::qWaitFor(
                [&] { return store.secretState(id) != vkauth::ProfileStore::SecretState::Saving; }, 15000))
            return false;
    }
    return store.secretState(id) == vkauth::ProfileStore::SecretState::Saved;
}

inline std::optional<vkauth::ProfileSecrets> readNow(
    vkauth::ProfileStore &store, const QString &id, std::optional<vkauth::SecretError> *error = nullptr)
{
    bool done = false;
    std::optional<vkauth::ProfileSecrets> result;
    QObject context;
    store.readSecrets(id, &context,
        [&](const std::optional<vkauth::ProfileSecrets> &s, const std::optional<vkauth::SecretError> &e) {
            result = s;
            if (error)
                *error = e;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("no answer from the keychain");
    return result;
}

} // namespace testsupport
