#include "GuiTestHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <unistd.h>

// Starting the app costs no QtWebEngine process: the web engine starts only when a page is shown.
class TestAppStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectorSeesAWebEngineProcess();
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

} // namespace

void TestAppStartup::detectorSeesAWebEngineProcess()
{
    // The check below must be able to fail: here a web page is created on purpose, and seen.
    QVERIFY(webEngineDescendants(getpid()).isEmpty());
    auto profile = std::make_unique<QWebEngineProfile>();
    auto page = std::make_unique<QWebEnginePage>(profile.get());
    page->setHtml(QStringLiteral("<p>hello</p>"));
    QTRY_VERIFY_WITH_TIMEOUT(!webEngineDescendants(getpid()).isEmpty(), 20000);
    page.reset();
    profile.reset();
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

    app.terminate();
    QVERIFY(app.waitForFinished(10000));
}

VKAUTH_GUI_TEST_MAIN(TestAppStartup)
#include "tst_appstartup.moc"
