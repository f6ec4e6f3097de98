#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "WebViewDriver.h"
#include "signin/BrowserDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace vkauth;
using namespace vkauth::gui;
using guitest::child;
using guitest::visibleTopLevel;
using webviewtest::step;

// Issue 18's mutant 7: the app's browser sign-in never sending `state`. Signs in through the real
// QtWebEngine page (in the vkauth-webview helper) against the fake and looks at what the fake
// received on /authorize.
class TestBrowserState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void eachSignInSendsItsOwnState();

private:
    BrowserDialog *startBrowser();
    QString lastAuthorizeState() const;

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<guitest::TempDataDir> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestBrowserState::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment();
    fakevk::Account a;
    a.userId = 1001;
    a.login = QStringLiteral("ivan@example.org");
    a.password = QStringLiteral("correct horse");
    m_fake->addAccount(a);
    m_data = std::make_unique<guitest::TempDataDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(900, 520);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBrowserState::cleanup()
{
    m_window.reset();
    m_data.reset();
    m_fake.reset();
    qunsetenv("VKAUTH_WEBVIEW_PATH");
}

BrowserDialog *TestBrowserState::startBrowser()
{
    QTimer::singleShot(0, this, [this] {
        QDialog *form = nullptr;
        QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
        auto *methods = child<QComboBox>(form, QStringLiteral("methodCombo"));
        methods->setCurrentIndex(methods->findData(int(SignInRequest::Method::BrowserUser)));
        QTest::keyClicks(
            child<QLineEdit>(form, QStringLiteral("loginEdit")), QStringLiteral("ivan@example.org"));
        QTest::keyClick(child<QLineEdit>(form, QStringLiteral("loginEdit")), Qt::Key_Return);
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    BrowserDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = qobject_cast<BrowserDialog *>(visibleTopLevel<QDialog>(QStringLiteral("BrowserDialog")));
            return dialog && dialog->pageRunner();
        }))
        return nullptr;
    return dialog;
}

QString TestBrowserState::lastAuthorizeState() const
{
    const auto requests = m_fake->requests(QStringLiteral("/authorize"));
    return requests.isEmpty() ? QString()
                              : QUrlQuery(requests.last().url).queryItemValue(QStringLiteral("state"));
}

void TestBrowserState::eachSignInSendsItsOwnState()
{
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    {
        webviewtest::Driver driver(
            {step(QStringLiteral("document.querySelector('#pass') !== null"),
                 QStringLiteral("document.querySelector('#email').value = 'ivan@example.org';"
                                "document.querySelector('#pass').value = 'correct horse';"
                                "document.querySelector('#login_submit').click(); true")),
                step(QStringLiteral("document.querySelector('#allow') !== null"),
                    QStringLiteral("document.querySelector('#allow').click(); true"))});
        QVERIFY(startBrowser());
        QTRY_COMPARE_WITH_TIMEOUT(obtained.count(), 1, 90000);
    }
    QVERIFY(m_fake->isValidToken(guitest::lastTokens(obtained).first().token));
    const QString first = lastAuthorizeState();
    QVERIFY2(first.size() >= 32, qPrintable(first));
    QCOMPARE(QUrlQuery(m_fake->requests(QStringLiteral("/authorize")).first().url)
                 .queryItemValue(QStringLiteral("state")),
        first);
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("BrowserDialog")));

    // The next sign-in has a state of its own.
    webviewtest::Driver second({step(QStringLiteral("document.querySelector('#email') !== null"))});
    BrowserDialog *dialog = startBrowser();
    QVERIFY(dialog);
    QVERIFY(second.waitFor(QStringLiteral("step 0")));
    const QString next = lastAuthorizeState();
    QVERIFY2(next.size() >= 32, qPrintable(next));
    QVERIFY(next != first);
    QVERIFY(dialog->close());
    QTRY_VERIFY(!m_window->session());
}

VKAUTH_GUI_TEST_MAIN(TestBrowserState)
#include "tst_browserstate.moc"
