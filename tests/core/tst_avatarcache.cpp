// SPDX-License-Identifier: MIT
// AvatarCache (issue 14's avatars): which addresses may serve a picture, what counts as one, and over
// the loopback fake VK with the real Secret Service: a picture too large, a redirect or a non-image
// is refused and nothing is kept; a good one is kept as avatars/<kind>-<id>.jpg.
#include "FakeVk.h"
#include "net/Endpoints.h"
#include "net/UrlPolicy.h"
#include "profiles/AvatarCache.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vkauth;

class TestAvatarCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void imageAddresses_data();
    void imageAddresses();
    void looksLikeImage();
    void refusedPicturesAreNotKept_data();
    void refusedPicturesAreNotKept();
};

void TestAvatarCache::imageAddresses_data()
{
    QTest::addColumn<bool>("vk"); // VK's own endpoints, else a loopback fake's
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("VK's image host") << true << "https://sun9-80.userapi.com/s/v1/ig2/a.jpg?size=50x50"
                                     << true;
    QTest::newRow("old image host") << true << "https://pp.vk.me/c1/a.jpg" << true;
    QTest::newRow("vkuserphoto") << true << "https://sun1-2.vkuserphoto.ru/a.jpg" << true;
    QTest::newRow("VK's default picture") << true << "https://vk.com/images/camera_50.png" << true;
    QTest::newRow("plain http") << true << "http://sun9-80.userapi.com/a.jpg" << false;
    QTest::newRow("look-alike host") << true << "https://userapi.com.evil.example/a.jpg" << false;
    QTest::newRow("another host") << true << "https://example.org/a.jpg" << false;
    QTest::newRow("not http") << true << "file:///etc/passwd" << false;
    QTest::newRow("fake's host") << false << "http://127.0.0.1:4567/images/a.png" << true;
    QTest::newRow("VK with a fake") << false << "https://sun9-80.userapi.com/a.jpg" << false;
}

void TestAvatarCache::imageAddresses()
{
    QFETCH(bool, vk);
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const QUrl base(QStringLiteral("http://127.0.0.1:4567"));
    const UrlPolicy policy = vk ? UrlPolicy() : UrlPolicy::fromEndpoints(Endpoints {base, base, base, base});
    QCOMPARE(AvatarCache::allowsImage(policy, QUrl(url)), allowed);
}

void TestAvatarCache::looksLikeImage()
{
    QVERIFY(AvatarCache::looksLikeImage(QByteArray("\xFF\xD8\xFF\xE0", 4) + "JFIF"));
    QVERIFY(AvatarCache::looksLikeImage(QByteArray("\x89PNG\r\n\x1A\n", 8) + "IHDR"));
    QVERIFY(AvatarCache::looksLikeImage("GIF89a..."));
    QVERIFY(AvatarCache::looksLikeImage(QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16)));
    QVERIFY(!AvatarCache::looksLikeImage("<html><body>404</body></html>"));
    QVERIFY(!AvatarCache::looksLikeImage({}));
}

void TestAvatarCache::refusedPicturesAreNotKept_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("kept");
    QTest::newRow("a picture") << int(fakevk::Fault::None) << true;
    QTest::newRow("too large") << -1 << false;
    QTest::newRow("a redirect") << int(fakevk::Fault::RedirectLoop) << false;
    QTest::newRow("not an image") << int(fakevk::Fault::NonJson) << false;
    QTest::newRow("server error") << int(fakevk::Fault::Http500) << false;
}

void TestAvatarCache::refusedPicturesAreNotKept()
{
    QFETCH(int, fault);
    QFETCH(bool, kept);
    fakevk::FakeVk fake;
    QVERIFY(fake.start());
    fake.exportEnvironment();
    fakevk::Account ivan;
    ivan.userId = 1001;
    ivan.login = QStringLiteral("ivan@example.org");
    fake.addAccount(ivan);
    if (fault < 0) // a picture, but larger than the cap
        fake.setImageBytes(AvatarCache::kMaxBytes + 1024);
    else
        fake.setFault(QStringLiteral("/images/user_1001_50.png"), fakevk::Fault(fault));

    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path(), QStringLiteral("vkauth-tst-avatarcache")});
    QVERIFY(store.load().ok());
    ObtainedToken t;
    t.vkId = 1001;
    t.token = fake.issueUserToken(1001, 65536);
    t.app = *AppCredentials::byKey(QStringLiteral("android"));
    const QString id = store.add(t, QStringLiteral("Ivan Petrov"));
    QTRY_COMPARE_WITH_TIMEOUT(store.secretState(id), ProfileStore::SecretState::Saved, 15000);

    AvatarCache cache(&store);
    cache.setContext(NetworkContext {});
    QSignalSpy fetched(&cache, &AvatarCache::fetched);
    QSignalSpy failed(&cache, &AvatarCache::failed);
    cache.fetch(id, TokenKind::User, 1001);
    cache.fetch(id, TokenKind::User, 1001); // once per process
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size() + failed.size(), 1, 15000);
    const QString path = dir.filePath(QStringLiteral("avatars/user-1001.jpg"));
    QCOMPARE(cache.filePath(TokenKind::User, 1001), path);
    QCOMPARE(fetched.size(), kept ? 1 : 0);
    QCOMPARE(QFile::exists(path), kept);
    QCOMPARE(cache.hasFailed(TokenKind::User, 1001), !kept);
    QCOMPARE(fake.requests(QStringLiteral("/images/user_1001_50.png")).size(), 1);

    bool removed = false;
    store.remove(id, this, [&](const std::optional<SecretError> &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
}

QTEST_GUILESS_MAIN(TestAvatarCache)
#include "tst_avatarcache.moc"
