// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

namespace vkauth::webview {

class HelperWindow;

// TEST ONLY. Lets the GUI and CLI tests drive the helper's real page under Xvfb, where they cannot
// reach into another process: VKAUTH_WEBVIEW_TEST_STEPS names a JSON file with an array of steps
// {"until": JS, "run": JS, "log": JS}; each waits until `until` is true on the page, then runs
// `run`, then writes the value of `log`. VKAUTH_WEBVIEW_TEST_LOG names a file where the helper
// appends what a test asserts on (address, lock, profile, links sent out, refused navigations, step
// values). Without both variables the helper never reads or writes any of this.
class TestDriver : public QObject
{
    Q_OBJECT
public:
    static bool enabled();
    explicit TestDriver(HelperWindow *window);
    ~TestDriver() override;

public Q_SLOTS:
    void openExternally(const QUrl &url); // the system browser's stand-in

private:
    void poll();
    void write(const QString &line);

    HelperWindow *m_window;
    QFile m_log;
    QJsonArray m_steps;
    int m_next = 0;
    bool m_busy = false;
    bool m_shownLogged = false;
    QTimer m_timer;
};

} // namespace vkauth::webview
