// SPDX-License-Identifier: MIT
// ProfilesWidget with real widgets, a real ProfileStore (real Secret Service), the real X11
// clipboard and the loopback fake VK for checks.
#include "FakeVk.h"
#include "TestSupport.h"
#include "WindowActivation.h"
#include "profiles/Clipboard.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <cstdio>

using namespace vkauth;
using namespace vkauth::gui;

namespace {

int keychainLookup(const QString &key)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("vkauth"), QStringLiteral("user"),
            key});
    return p.waitForFinished(20000) ? p.exitCode() : -1;
}

// Answers the next modal message box with the given button, once it shows.
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton button, bool *answered)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, button, answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("removeConfirmation"))
            return;
        timer->stop();
        timer->deleteLater();
        *answered = true;
        box->button(button)->click();
    });
    timer->start();
}

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    std::fflush(stdout);
}

// Child process: the keychain is unreachable (its bus does not exist). A token read from stdin is added
// and the widget must show it as not saved, let it be copied, and retry saving.
int unsavedChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString token = QTextStream(stdin).readLine();
    ProfileStore::Options options;
    options.keychainTimeoutMs = 3000;
    ProfileStore store(options);
    store.load();
    Clipboard clipboard;
    ProfilesWidget widget(&store, &clipboard);
    widget.resize(900, 520);
    widget.show();
    ObtainedToken t;
    t.vkId = 1003;
    t.token = token;
    t.scope = 65536;
    t.app = *AppCredentials::byKey(QStringLiteral("iphone"));
    const QString id = store.add(t, QStringLiteral("Unsaved Person"));
    QJsonObject out;
    QSignalSpy states(&store, &ProfileStore::secretStateChanged);
    const auto notSaved = [&] { return store.secretState(id) == ProfileStore::SecretState::NotSaved; };
    out.insert(QStringLiteral("not_saved"), QTest::qWaitFor(notSaved, 10000));
    widget.selectProfile(id);
    out.insert(QStringLiteral("banner_visible"),
        widget.findChild<QWidget *>(QStringLiteral("unsavedFrame"))->isVisible());
    out.insert(QStringLiteral("banner"), widget.findChild<QLabel *>(QStringLiteral("unsavedLabel"))->text());
    out.insert(
        QStringLiteral("keychain"), widget.findChild<QLabel *>(QStringLiteral("keychainValue"))->text());
    widget.findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
    out.insert(QStringLiteral("copied"),
        QTest::qWaitFor([&] { return QGuiApplication::clipboard()->text() == token; }, 5000));
    widget.grab().save(testsupport::artifactDir() + QStringLiteral("/profileswidget-unsaved.png"));
    const qsizetype before = states.size();
    widget.findChild<QPushButton *>(QStringLiteral("retrySaveButton"))->click();
    out.insert(QStringLiteral("retried"),
        QTest::qWaitFor([&] { return states.size() >= before + 2 && notSaved(); }, 10000));
    out.insert(QStringLiteral("indexed"), QFile::exists(store.indexPath()));
    printJson(out);
    return 0;
}

} // namespace

class TestProfilesWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listFilterDetailsRenameCopyCheckRemove();
    void unsavedTokenCanBeCopiedAndRetried();
    void storeProblemsShowAboveTheList();
    void listKeepsItsMinimumWidth();
    void detailValuesReachableByKeyboard();

private:
    QString add(ProfileStore &store, TokenKind kind, qint64 id, const QString &token, const QString &name,
        qint64 owner = 0, qint64 expiresIn = 0, quint32 scope = 0);

    fakevk::FakeVk m_fake;
};

void TestProfilesWidget::initTestCase()
{
    QVERIFY(m_fake.start());
    m_fake.exportEnvironment();
    fakevk::Account ivan;
    ivan.userId = 1001;
    ivan.login = QStringLiteral("ivan@example.org");
    ivan.password = QStringLiteral("pw");
    ivan.groups = {fakevk::Group {77, QStringLiteral("Bot Garage"), QStringLiteral("botgarage")}};
    m_fake.addAccount(ivan);
    fakevk::Account maria;
    maria.userId = 1002;
    maria.firstName = QStringLiteral("Maria");
    maria.lastName = QStringLiteral("Ivanova");
    maria.login = QStringLiteral("maria@example.org");
    maria.password = QStringLiteral("pw");
    m_fake.addAccount(maria);
}

QString TestProfilesWidget::add(ProfileStore &store, TokenKind kind, qint64 id, const QString &token,
    const QString &name, qint64 owner, qint64 expiresIn, quint32 scope)
{
    ObtainedToken t;
    t.kind = kind;
    t.vkId = id;
    t.token = token;
    t.expiresIn = expiresIn;
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    t.scope = scope;
    t.app = *AppCredentials::byKey(QStringLiteral("android"));
    t.email = kind == TokenKind::User ? QStringLiteral("someone@example.org") : QString();
    return store.add(t, name, owner);
}

void TestProfilesWidget::listFilterDetailsRenameCopyCheckRemove()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    const QString ivanToken = m_fake.issueUserToken(1001, 65536 | 8192 | 2);
    const QString ivan = add(store, TokenKind::User, 1001, ivanToken, QStringLiteral("Ivan Petrov"), 0,
        3 * 86400 + 3600, 8192 | 2);
    const QString garage = add(store, TokenKind::Community, 77, m_fake.issueGroupToken(77, 4096),
        QStringLiteral("Bot Garage"), 1001, 0, 4096);
    const QString mariaToken = m_fake.issueUserToken(1002, 2);
    const QString maria
        = add(store, TokenKind::User, 1002, mariaToken, QStringLiteral("Maria Ivanova"), 0, 0, 2);
    for (const QString &id : {ivan, garage, maria})
        QTRY_COMPARE_WITH_TIMEOUT(store.secretState(id), ProfileStore::SecretState::Saved, 15000);

    Clipboard clipboard;
    clipboard.setClearAfterSeconds(2);
    ProfilesWidget widget(&store, &clipboard);
    widget.resize(900, 520);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(guitest::exposeAndActivate(&widget));

    auto *tree = widget.findChild<QTreeView *>(QStringLiteral("profileTree"));
    auto *filter = widget.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *title = widget.findChild<QLabel *>(QStringLiteral("titleLabel"));
    const auto value
        = [&](const char *name) { return widget.findChild<QLabel *>(QLatin1String(name))->text(); };
    QVERIFY(tree && filter && title);

    // Accounts at the top, the community under its account.
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Ivan Petrov"));
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);
    QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(), QStringLiteral("Bot Garage"));

    // Details.
    widget.selectProfile(ivan);
    QCOMPARE(title->text(), QStringLiteral("Ivan Petrov"));
    QCOMPARE(value("scopesValue"), QStringLiteral("friends, wall"));
    QVERIFY2(value("expiresValue").contains(QLatin1String("(in 3 days)")), qPrintable(value("expiresValue")));
    QCOMPARE(value("vkIdValue"), QStringLiteral("1001"));
    QVERIFY(value("appValue").contains(QLatin1String("2274003")));
    QCOMPARE(value("lastCheckValue"), QStringLiteral("Not checked yet"));
    QCOMPARE(value("keychainValue"), QStringLiteral("Saved in the system keychain"));
    widget.selectProfile(garage);
    QCOMPARE(value("expiresValue"), QStringLiteral("Never"));
    QCOMPARE(value("scopesValue"), QStringLiteral("messages"));

    // Search: a community keeps its account visible; others drop out.
    // The clear button is made with the first text (not at start-up) and clears the field.
    QVERIFY(!filter->isClearButtonEnabled());
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("bot"));
    QVERIFY(filter->isClearButtonEnabled());
    const auto sideButtons = filter->findChildren<QToolButton *>();
    QCOMPARE(sideButtons.size(), 1); // Qt's clear button (QLineEditIconButton)
    QTRY_VERIFY(sideButtons.first()->isVisible());
    QTest::mouseClick(sideButtons.first(), Qt::LeftButton);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(model->rowCount(), 2);
    QTest::keyClicks(filter, QStringLiteral("garage"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QCOMPARE(model->rowCount(), 0);
    filter->clear();
    QCOMPARE(model->rowCount(), 2);
    QTest::keyClicks(filter, QStringLiteral("1002"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Maria Ivanova"));
    filter->clear();

    // Ctrl+C on the selected profile copies its token, with the password-manager hint.
    widget.selectProfile(ivan);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), ivanToken, 10000);
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QLatin1String(Clipboard::kKdeHintFormat)),
        QByteArray("secret"));
    QVERIFY(clipboard.remainingSeconds() > 0);

    // Check against the fake VK: valid, with VK's own scope, remembered in the store.
    widget.findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(value("lastCheckValue").startsWith(QLatin1String("Valid")), 10000);
    QCOMPARE(store.profile(ivan)->lastCheck, CheckStatus::Valid);
    QCOMPARE(value("scopesValue"), QStringLiteral("friends, wall, offline"));

    // F2 renames in place.
    widget.selectProfile(maria);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Support bot"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(store.profile(maria)->label, QStringLiteral("Support bot"));
    QCOMPARE(title->text(), QStringLiteral("Support bot"));
    QVERIFY(value("kindValue").contains(QLatin1String("Maria Ivanova")));

    // A revoked token checks as invalid and is greyed out in the list.
    m_fake.revokeToken(mariaToken);
    widget.findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(value("lastCheckValue").startsWith(QLatin1String("Invalid")), 10000);
    QCOMPARE(store.profile(maria)->lastCheck, CheckStatus::Invalid);
    QCOMPARE(tree->currentIndex().data(Qt::ForegroundRole).value<QBrush>().color(),
        widget.palette().color(QPalette::Disabled, QPalette::Text));
    QVERIFY(widget.findChild<QLabel *>(QStringLiteral("messageLabel"))
                ->text()
                .contains(QLatin1String("revoked")));

    QVERIFY(widget.grab().save(testsupport::artifactDir() + QStringLiteral("/profileswidget.png")));

    // Sign in again hands the profile to whoever opens the sign-in dialog.
    QSignalSpy signIn(&widget, &ProfilesWidget::signInAgainRequested);
    widget.findChild<QPushButton *>(QStringLiteral("signInAgainButton"))->click();
    QCOMPARE(signIn.count(), 1);
    QCOMPARE(signIn.first().at(0).value<Profile>().id, maria);

    // Delete asks first; Cancel keeps the profile.
    bool answered = false;
    answerNextMessageBox(this, QMessageBox::Cancel, &answered);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(answered);
    QVERIFY(store.profile(maria));

    // Yes removes it, keychain entry included.
    answered = false;
    answerNextMessageBox(this, QMessageBox::Yes, &answered);
    // Xvfb has no window manager to hand activation back after the dialog
    QVERIFY(guitest::exposeAndActivate(&widget));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(answered);
    QTRY_VERIFY_WITH_TIMEOUT(!store.profile(maria), 15000);
    QCOMPARE(keychainLookup(maria), 1);
    QCOMPARE(keychainLookup(ivan), 0);
    QCOMPARE(model->rowCount(), 1);

    for (const QString &id : {ivan, garage}) {
        bool removed = false;
        store.remove(id, this, [&](const std::optional<SecretError> &e) { removed = !e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(
        widget.findChild<QWidget *>(QStringLiteral("detailsStack"))->property("currentIndex").toInt(), 0);
}

void TestProfilesWidget::unsavedTokenCanBeCopiedAndRetried()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VKAUTH_TEST_CHILD"), QStringLiteral("unsaved"));
    env.insert(QStringLiteral("VKAUTH_DATA_DIR"), dir.path());
    env.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=%1/no-bus").arg(dir.path()));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DISPLAY")); // never a display without a working private bus
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    child.write("vk1.a.unsaved-but-copyable\n");
    child.closeWriteChannel();
    QSignalSpy finished(&child, &QProcess::finished);
    QVERIFY(finished.wait(40000));
    const QByteArray output = child.readAllStandardOutput().trimmed();
    const QJsonObject result = QJsonDocument::fromJson(output.split('\n').last()).object();
    QVERIFY2(!result.isEmpty(), child.readAllStandardError().constData());
    QVERIFY(result.value(QStringLiteral("not_saved")).toBool());
    QVERIFY(result.value(QStringLiteral("banner_visible")).toBool());
    QVERIFY2(result.value(QStringLiteral("banner"))
                 .toString()
                 .contains(QLatin1String("keychain is not available")),
        qPrintable(result.value(QStringLiteral("banner")).toString()));
    QCOMPARE(result.value(QStringLiteral("keychain")).toString(), QStringLiteral("Not saved"));
    QVERIFY(result.value(QStringLiteral("copied")).toBool());
    QVERIFY(result.value(QStringLiteral("retried")).toBool());
    QVERIFY(!result.value(QStringLiteral("indexed")).toBool()); // no index entry without its secret
}

// Issue 14: the list keeps room for a name and its badge however the splitter is dragged.
void TestProfilesWidget::listKeepsItsMinimumWidth()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    store.load();
    Clipboard clipboard;
    ProfilesWidget widget(&store, &clipboard);
    widget.resize(800, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *splitter = widget.findChild<QSplitter *>(QStringLiteral("splitter"));
    auto *list = widget.findChild<QWidget *>(QStringLiteral("listPane"));
    splitter->setSizes({0, 800});
    QCoreApplication::processEvents();
    QVERIFY2(list->width() >= widget.fontMetrics().averageCharWidth() * 24,
        qPrintable(QString::number(list->width())));
    QVERIFY(list->isVisible());
}

void TestProfilesWidget::storeProblemsShowAboveTheList()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ProfileStore store(ProfileStore::Options {blocker.fileName() + QStringLiteral("/data")});
    store.load();
    Clipboard clipboard;
    ProfilesWidget widget(&store, &clipboard);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *banner = widget.findChild<QLabel *>(QStringLiteral("storeProblemLabel"));
    QVERIFY(!banner->isVisible());
    const QString id
        = add(store, TokenKind::User, 1002, m_fake.issueUserToken(1002, 2), QStringLiteral("Maria"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY2(banner->text().contains(QLatin1String("could not be saved")), qPrintable(banner->text()));
    widget.showStoreProblem(QString());
    QVERIFY(!banner->isVisible());
    bool removed = false;
    store.remove(id, this, [&](const std::optional<SecretError> &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
}

// Issue 14: the detail values are reached with Tab, selectable by keyboard, and named for screen
// readers by their captions.
void TestProfilesWidget::detailValuesReachableByKeyboard()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    store.load();
    Clipboard clipboard;
    ProfilesWidget widget(&store, &clipboard);
    widget.resize(800, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const QString id
        = add(store, TokenKind::User, 1001, m_fake.issueUserToken(1001, 2), QStringLiteral("Ivan Petrov"));
    QVERIFY(!id.isEmpty());
    widget.selectProfile(id);
    auto *kind = widget.findChild<QLabel *>(QStringLiteral("kindValue"));
    auto *vkId = widget.findChild<QLabel *>(QStringLiteral("vkIdValue"));
    QTRY_VERIFY(vkId->isVisible());
    QCOMPARE(vkId->accessibleName(), QStringLiteral("VK id"));
    QVERIFY(vkId->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    widget.activateWindow();
    kind->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), kind);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), vkId);
}

int main(int argc, char *argv[])
{
    if (qgetenv("VKAUTH_TEST_CHILD") == "unsaved")
        return unsavedChild(argc, argv);
    QApplication app(argc, argv);
    TestProfilesWidget test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_profileswidget.moc"
