// SPDX-License-Identifier: MIT
// The app's token check follows its settings (issue 12: it went to vk.ru whatever they said). With no
// VKAUTH_API_URL the API base follows the domain setting; the URL policy (only the overridden
// hosts, loopback here) refuses it before anything is sent, and its refusal names the host.
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "Settings.h"
#include "auth/OfficialApps.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace vkauth;
using namespace vkauth::gui;

class TestCheckSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkGoesToTheSettingsDomain_data();
    void checkGoesToTheSettingsDomain();
};

void TestCheckSettings::checkGoesToTheSettingsDomain_data()
{
    QTest::addColumn<int>("domain");
    QTest::addColumn<QString>("host");
    QTest::newRow("vk.com") << int(VkDomain::VkCom) << QStringLiteral("api.vk.com");
    QTest::newRow("vk.ru") << int(VkDomain::VkRu) << QStringLiteral("api.vk.ru");
}

void TestCheckSettings::checkGoesToTheSettingsDomain()
{
    QFETCH(int, domain);
    QFETCH(QString, host);
    const guitest::TempDataDir data;
    qputenv("VKAUTH_OAUTH_URL", "http://127.0.0.1:9"); // an override: only loopback is allowed
    qunsetenv("VKAUTH_API_URL");
    const Settings saved = Settings::load();
    Settings settings = saved;
    settings.domain = VkDomain(domain);
    settings.save();

    QString id;
    {
        ProfileStore store;
        QVERIFY(store.load().ok());
        ObtainedToken t;
        t.vkId = 1001;
        t.token = QStringLiteral("vk1.a.not-a-real-token");
        t.obtainedAt = QDateTime::currentDateTimeUtc();
        t.app = *AppCredentials::byKey(QStringLiteral("android"));
        id = store.add(t, QStringLiteral("Ivan"));
        QTRY_COMPARE_WITH_TIMEOUT(store.secretState(id), ProfileStore::SecretState::Saved, 15000);
    }

    {
        MainWindow window;
        ProfilesWidget *profiles = window.profilesWidget();
        QSignalSpy messages(profiles, &ProfilesWidget::statusMessage);
        profiles->selectProfile(id);
        profiles->checkToken();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(messages.cbegin(), messages.cend(),
                    [&](const QList<QVariant> &m) { return m.at(0).toString().contains(host); });
            },
            15000));
        const QString other
            = host == u"api.vk.com" ? QStringLiteral("api.vk.ru") : QStringLiteral("api.vk.com");
        for (const QList<QVariant> &m : std::as_const(messages))
            QVERIFY2(!m.at(0).toString().contains(other), qPrintable(m.at(0).toString()));

        ProfileStore store;
        store.load();
        bool removed = false;
        QObject context;
        store.remove(id, &context, [&](const std::optional<SecretError> &e) { removed = !e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }
    saved.save();
    qunsetenv("VKAUTH_OAUTH_URL");
}

VKAUTH_GUI_TEST_MAIN(TestCheckSettings)
#include "tst_checksettings.moc"
