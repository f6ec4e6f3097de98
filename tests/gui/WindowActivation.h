// SPDX-License-Identifier: MIT
#pragma once

// Activation for GUI tests under Xvfb (header-only: only tst_*.cpp files become tests).

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace guitest {

// Makes a shown top-level window the active one without waiting on the X server. Xvfb has no window
// manager, so activateWindow() is a request the server answers with a focus event whenever it gets
// to it; on a loaded machine (parallel ctest) that came after qWaitForWindowActive's five seconds
// and tst_appflow failed. Instead: wait until the window is exposed (mapped and drawable, which the
// server reports reliably), then tell Qt directly which window is active, so shortcuts and focus
// work at once. Returns false if the window never got exposed.
inline bool exposeAndActivate(QWidget *widget)
{
    QWidget *window = widget->window();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    window->activateWindow();
    QApplication::setActiveWindow(window);
    // Focus events the server had already queued (a dialog that just closed) come in now; then
    // Qt's active window is set again, and stays.
    QCoreApplication::processEvents();
    QApplication::setActiveWindow(window);
    return QApplication::activeWindow() == window;
}

} // namespace guitest
