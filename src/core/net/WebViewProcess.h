// SPDX-License-Identifier: MIT
#pragma once

#include "auth/PageRunner.h"

#include <QPointer>
#include <QProcess>

namespace vkauth {

// PageRunner over the vkauth-webview helper: the job goes as one JSON document on its stdin, the
// answer comes back as one JSON line on its stdout, then the helper exits. No timeout (a person is
// at work in the window), but cancel() ends it at once: its stdin is closed (the helper closes its
// window and quits), and it is killed if it has not gone 3 s later.
class WebViewProcess : public PageRunner
{
    Q_OBJECT
public:
    explicit WebViewProcess(QObject *parent = nullptr);
    ~WebViewProcess() override;

    void start(const PageJob &job) override;
    void cancel() override;
    bool isAvailable() const override;

    // VKAUTH_WEBVIEW_PATH, then next to this executable, ../libexec/vkauth/, ../webview/ (build
    // tree). Empty when none is an executable file.
    static QString helperPath();
    static QString missingHelperMessage();
    // A display to show a window on (always on Windows and macOS; DISPLAY or WAYLAND_DISPLAY
    // elsewhere) and the helper installed: only then can a front without widgets show VK's pages.
    static bool canShowWindows();

private:
    void finish(const PageResult &result);
    void readAnswer();
    void stop(QProcess *process);

    QPointer<QProcess> m_process;
    QByteArray m_out;
    bool m_running = false;
};

} // namespace vkauth
