// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "auth/PageRunner.h"
#include "net/WebViewProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

// Starting the app costs no QtWebEngine: the main executable does not link it, maps none of it and
// starts no QtWebEngineProcess; web pages live in the vkauth-webview helper, started on demand, whose
// web engine processes are gone soon after it ends.
class TestAppStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mainExecutableDoesNotLinkWebEngine_data();
    void mainExecutableDoesNotLinkWebEngine();
    void helperStartsWebEngineAndItGoesAway();
    void mainWindowStartsNoWebEngineProcess();
};

namespace {

qint64 parentOf(const QString &pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

bool isWebEngineProcess(const QString &pid)
{
    const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    const QByteArray name = comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray();
    return exe.endsWith(QLatin1String("QtWebEngineProcess")) || name.startsWith("QtWebEngineProc");
}

// Every QtWebEngineProcess among the descendants of root.
QStringList webEngineDescendants(qint64 root)
{
    QHash<qint64, qint64> parents;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (numeric)
            parents.insert(pid, parentOf(entry));
    }
    QStringList found;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        qint64 p = it.value();
        for (int depth = 0; depth < 16 && p > 1; ++depth, p = parents.value(p, -1)) {
            if (p == root) {
                if (isWebEngineProcess(QString::number(it.key())))
                    found << QString::number(it.key());
                break;
            }
        }
    }
    return found;
}

bool mapsWebEngine(qint64 pid)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngine");
}

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return {};
    return p.readAllStandardOutput();
}

} // namespace

void TestAppStartup::mainExecutableDoesNotLinkWebEngine_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<bool>("links");
    // The helper row proves the check can see WebEngine where it is.
    QTest::newRow("vkauth") << QStringLiteral(VKAUTH_APP_PATH) << false;
    QTest::newRow("vkauth-cli") << QStringLiteral(VKAUTH_CLI_PATH) << false;
    QTest::newRow("vkauth-webview") << QStringLiteral(VKAUTH_WEBVIEW_PATH) << true;
}

void TestAppStartup::mainExecutableDoesNotLinkWebEngine()
{
    QFETCH(QString, binary);
    QFETCH(bool, links);
    const QByteArray needed = run(QStringLiteral("readelf"), {QStringLiteral("-d"), binary});
    QVERIFY2(needed.contains("NEEDED"), needed.constData());
    QCOMPARE(needed.contains("libQt6WebEngine"), links);
    const QByteArray all = run(QStringLiteral("ldd"), {binary}); // with every library's own needs
    QVERIFY(all.contains("libQt6Core"));
    QCOMPARE(all.contains("libQt6WebEngine"), links);
}

void TestAppStartup::helperStartsWebEngineAndItGoesAway()
{
    // The detector must be able to fail: the helper shows a page on purpose, and its web engine
    // processes are seen; after it is cancelled they are gone within 5 s (issue 19).
    fakevk::FakeVk fake;
    QVERIFY(fake.start());
    QVERIFY(webEngineDescendants(getpid()).isEmpty());
    qputenv("VKAUTH_WEBVIEW_PATH", VKAUTH_WEBVIEW_PATH);
    vkauth::WebViewProcess helper;
    QVERIFY(helper.isAvailable());
    QSignalSpy finished(&helper, &vkauth::PageRunner::finished);
    vkauth::PageJob job;
    job.url = fake.baseUrl().resolved(QUrl(QStringLiteral("/authorize?client_id=2685278")));
    job.allowedHosts = {job.url.host()};
    job.allowHttpLoopback = true;
    helper.start(job);
    QTRY_VERIFY_WITH_TIMEOUT(!webEngineDescendants(getpid()).isEmpty(), 30000);
    QVERIFY(!mapsWebEngine(getpid()));
    helper.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<vkauth::PageResult>().kind, vkauth::PageResult::Kind::Closed);
    QTRY_VERIFY_WITH_TIMEOUT(webEngineDescendants(getpid()).isEmpty(), 5000);
}

void TestAppStartup::mainWindowStartsNoWebEngineProcess()
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vkauth.app.info=true"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(VKAUTH_APP_PATH), {});
    QVERIFY(app.waitForStarted(10000));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += app.readAllStandardError()).contains("main window shown"), 20000);

    // Up and idle; for a few seconds no web engine process may appear under it.
    const bool appeared
        = QTest::qWaitFor([&] { return !webEngineDescendants(app.processId()).isEmpty(); }, 3000);
    QVERIFY2(!appeared, qPrintable(webEngineDescendants(app.processId()).join(u',')));
    QCOMPARE(app.state(), QProcess::Running);
    QVERIFY(QFile::exists(QStringLiteral("/proc/%1/maps").arg(app.processId())));
    QVERIFY(!mapsWebEngine(app.processId()));

    app.terminate();
    QVERIFY(app.waitForFinished(10000));
}

VKAUTH_GUI_TEST_MAIN(TestAppStartup)
#include "tst_appstartup.moc"
