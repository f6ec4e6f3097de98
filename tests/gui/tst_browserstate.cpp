#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "signin/AuthWebView.h"
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
using guitest::runJs;
using guitest::visibleTopLevel;
using guitest::waitForJs;

// Issue 18's mutant 7: the app's browser sign-in never sending `state`. Signs in through the real
// QtWebEngine view against the fake and looks at what the fake received on /authorize and sent back.
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
            return dialog && dialog->webView();
        }))
        return nullptr;
    if (!waitForJs(dialog->webView()->page(), QStringLiteral("document.querySelector('#email') !== null")))
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
    BrowserDialog *dialog = startBrowser();
    QVERIFY(dialog);
    const QString first = lastAuthorizeState();
    QVERIFY2(first.size() >= 16, qPrintable(first));

    QWebEnginePage *page = dialog->webView()->page();
    runJs(page,
        QStringLiteral("document.querySelector('#pass').value = 'correct horse';"
                       "document.querySelector('#login_submit').click(); true"));
    QVERIFY(waitForJs(page, QStringLiteral("document.querySelector('#allow') !== null")));
    runJs(page, QStringLiteral("document.querySelector('#allow').click(); true"));
    QTRY_COMPARE(obtained.count(), 1);
    QVERIFY(m_fake->isValidToken(guitest::lastTokens(obtained).first().token));
    QCOMPARE(QUrlQuery(m_fake->requests(QStringLiteral("/authorize")).first().url)
                 .queryItemValue(QStringLiteral("state")),
        first);
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("BrowserDialog")));

    // The next sign-in has a state of its own.
    dialog = startBrowser();
    QVERIFY(dialog);
    const QString second = lastAuthorizeState();
    QVERIFY2(second.size() >= 16, qPrintable(second));
    QVERIFY(second != first);
    QVERIFY(dialog->close());
    QTRY_VERIFY(!m_window->session());
}

VKAUTH_GUI_TEST_MAIN(TestBrowserState)
#include "tst_browserstate.moc"
