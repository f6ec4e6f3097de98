// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the GUI tests in this folder (header-only: only tst_*.cpp files become tests).

#include "TestSupport.h"
#include "auth/AuthResult.h"
#include "net/VkApi.h"
#include "signin/SignInDialog.h"
#include "signin/SignInFailurePanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>
#include <QWidget>

#include <memory>

namespace guitest {

// A fresh, empty profile folder (VKAUTH_DATA_DIR) for one test's MainWindow / ProfileStore.
class TempDataDir
{
public:
    TempDataDir() { qputenv("VKAUTH_DATA_DIR", m_dir.path().toLocal8Bit()); }
    ~TempDataDir() { qunsetenv("VKAUTH_DATA_DIR"); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// The tokens and names of the last MainWindow::tokensObtained a spy saw.
inline QList<vkauth::ObtainedToken> lastTokens(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QList<vkauth::ObtainedToken> {}
                         : spy.last().at(0).value<QList<vkauth::ObtainedToken>>();
}
inline QList<vkauth::AccountName> lastNames(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QList<vkauth::AccountName> {}
                         : spy.last().at(1).value<QList<vkauth::AccountName>>();
}

// A visible top-level widget of type T with the given object name (a dialog from its .ui), or null.
template <class T> T *visibleTopLevel(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && w->objectName() == objectName) {
            if (auto *t = qobject_cast<T *>(w))
                return t;
        }
    }
    return nullptr;
}

template <class T> T *child(QWidget *parent, const QString &objectName)
{
    return parent ? parent->findChild<T *>(objectName) : nullptr;
}

// The sign-in form's method, chosen as a person does: a click on its radio button (issue 14: the
// methods are visible choices). methodOf(): the chosen one, as int(SignInRequest::Method), or -1.
inline void chooseMethod(QWidget *form, vkauth::SignInRequest::Method method)
{
    if (auto *button = child<QAbstractButton>(form, QStringLiteral("method_%1").arg(int(method))))
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}
inline int methodOf(QWidget *form)
{
    for (int m = 0; m <= int(vkauth::SignInRequest::Method::VkId); ++m) {
        auto *button = child<QAbstractButton>(form, QStringLiteral("method_%1").arg(m));
        if (button && button->isChecked())
            return m;
    }
    return -1;
}

// A failed sign-in brings its form back with the error on top (issue 14): that panel, or null.
inline vkauth::gui::SignInFailurePanel *visibleSignInFailure()
{
    auto *form = visibleTopLevel<vkauth::gui::SignInDialog>(QStringLiteral("SignInDialog"));
    return form && form->failurePanel()->isVisible() ? form->failurePanel() : nullptr;
}

// Saves a screenshot to the artefact folder; with VKAUTH_UPDATE_SCREENSHOTS=1 also to docs/screenshots
// in the source tree (the PNGs the README shows).
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    if (image.isNull() || !image.save(testsupport::artifactDir() + u'/' + name))
        return false;
    if (qEnvironmentVariableIntValue("VKAUTH_UPDATE_SCREENSHOTS") == 1) {
        const QString docs = QStringLiteral(VKAUTH_SOURCE_DIR "/docs/screenshots");
        QDir().mkpath(docs);
        return image.save(docs + u'/' + name);
    }
    return true;
}

} // namespace guitest

// As the app's main(): no QtWebEngine in this process (pages are shown by vkauth-webview), 96 dpi.
#define VKAUTH_GUI_TEST_MAIN(TestObject)                                                                     \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        QApplication app(argc, argv);                                                                        \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
