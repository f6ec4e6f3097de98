// SPDX-License-Identifier: MIT
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "transfer/ImportDialog.h"

#include <QLabel>
#include <QTest>

using namespace vkauth::gui;

// Issue 13 item 11 (GUI half): text that may come from an imported file (names, labels, e-mails)
// or from a server is never interpreted as rich text.
class TestPlainText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profileDetailsArePlain();
    void importDialogLabelsArePlain();
};

void TestPlainText::profileDetailsArePlain()
{
    const guitest::TempDataDir data;
    MainWindow window;
    for (const char *name :
        {"titleLabel", "kindValue", "vkIdValue", "appValue", "scopesValue", "obtainedValue", "expiresValue",
            "emailValue", "lastCheckValue", "keychainValue", "messageLabel"}) {
        auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
        QVERIFY2(label, name);
        QVERIFY2(label->textFormat() == Qt::PlainText, name);
    }
}

void TestPlainText::importDialogLabelsArePlain()
{
    const guitest::TempDataDir data;
    MainWindow window;
    ImportDialog dialog(window.profileStore());
    for (const char *name : {"errorLabel", "summaryLabel"}) {
        auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
        QVERIFY2(label, name);
        QVERIFY2(label->textFormat() == Qt::PlainText, name);
    }
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
