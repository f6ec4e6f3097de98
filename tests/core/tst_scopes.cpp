// SPDX-License-Identifier: MIT
#include "auth/Scopes.h"

#include <QTest>

using namespace vkauth;

class TestScopes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void unknownNameIsNamed();
    void allIsEveryBit();
    void namesRoundTrip();
};

void TestScopes::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("community");
    QTest::addColumn<quint32>("mask");
    QTest::newRow("empty") << QString() << false << 0u;
    QTest::newRow("one") << QStringLiteral("friends") << false << 2u;
    QTest::newRow("comma") << QStringLiteral("friends,photos,wall") << false << 2u + 4u + 8192u;
    QTest::newRow("spaces") << QStringLiteral(" friends  photos , offline") << false << 2u + 4u + 65536u;
    QTest::newRow("case") << QStringLiteral("Friends,OFFLINE") << false << 2u + 65536u;
    QTest::newRow("link alias") << QStringLiteral("link") << false << 256u;
    QTest::newRow("number") << QStringLiteral("140492191") << false << 140492191u;
    QTest::newRow("number and name") << QStringLiteral("2 photos") << false << 6u;
    QTest::newRow("community") << QStringLiteral("messages,photos,manage") << true << 4096u + 4u + 262144u;
    QTest::newRow("community stories") << QStringLiteral("stories") << true << 1u;
    QTest::newRow("user stories") << QStringLiteral("stories") << false << 64u;
}

void TestScopes::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, community);
    QFETCH(quint32, mask);
    const auto result = Scopes::parse(text, community ? ScopeKind::Community : ScopeKind::User);
    QVERIFY2(result.mask.has_value(), qPrintable(result.error));
    QCOMPARE(*result.mask, mask);
}

void TestScopes::unknownNameIsNamed()
{
    auto result = Scopes::parse(QStringLiteral("friends,frends"), ScopeKind::User);
    QVERIFY(!result.mask.has_value());
    QVERIFY2(result.error.contains(QStringLiteral("\"frends\"")), qPrintable(result.error));
    result = Scopes::parse(QStringLiteral("wall"), ScopeKind::Community);
    QVERIFY(!result.mask.has_value());
    QVERIFY(result.error.contains(QStringLiteral("wall")));
    result = Scopes::parse(QStringLiteral("99999999999"), ScopeKind::User);
    QVERIFY(!result.mask.has_value());
}

void TestScopes::allIsEveryBit()
{
    const auto user = Scopes::parse(QStringLiteral("all"), ScopeKind::User);
    QCOMPARE(*user.mask, Scopes::allMask(ScopeKind::User));
    QCOMPARE(Scopes::names(*user.mask, ScopeKind::User).size(), Scopes::table(ScopeKind::User).size());
    const auto community = Scopes::parse(QStringLiteral("all"), ScopeKind::Community);
    QCOMPARE(*community.mask, 1u + 4u + 64u + 4096u + 131072u + 262144u);
}

void TestScopes::namesRoundTrip()
{
    const QStringList names {QStringLiteral("friends"), QStringLiteral("wall"), QStringLiteral("offline")};
    const auto parsed = Scopes::parse(names, ScopeKind::User);
    QCOMPARE(Scopes::names(*parsed.mask, ScopeKind::User), names);
}

QTEST_GUILESS_MAIN(TestScopes)
#include "tst_scopes.moc"
