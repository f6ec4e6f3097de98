// SPDX-License-Identifier: MIT
#pragma once

#include "auth/PageRunner.h"
#include "auth/Prompter.h"
#include "net/Endpoints.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTemporaryFile>
#include <QTextStream>

#include <memory>

namespace vkauth::cli {

class InputReader;

// Answers a flow's questions from the terminal or from standard input: the captcha image goes to a
// private temporary file whose path (and URL) is printed, the two-factor code is typed without echo
// and an SMS can be asked for instead. Questions go to stderr. When no answer can be read the
// question is cancelled and failure() says why.
class TerminalPrompter : public QObject, public Prompter
{
    Q_OBJECT
public:
    TerminalPrompter(InputReader *input, QTextStream &err, QObject *parent = nullptr);
    ~TerminalPrompter() override;

    void ask(Prompt *prompt) override;
    // A display and the web-view helper: VK's pages (the "not robot" check, a verification step
    // built by scripts) are shown in its window, as in the desktop app.
    bool canShowPages() const override;
    void setEndpoints(const Endpoints &endpoints) { m_endpoints = endpoints; }
    QString failure() const { return m_failure; }
    // The question was one only a web browser can answer (the "not robot" check) and none is at hand.
    bool needsBrowser() const { return m_needsBrowser; }

private:
    void present();
    void presentCaptcha();
    void presentTwoFactor();
    void showInBrowser(PageJob job);
    void onLine(const QString &line);
    void onEndOfInput();
    void close();
    QString saveCaptchaImage(const QByteArray &image);

    QPointer<InputReader> m_input; // may go first when the command is torn down
    QTextStream &m_err;
    QPointer<Prompt> m_prompt;
    std::unique_ptr<QTemporaryFile> m_captchaFile;
    QString m_failure;
    Endpoints m_endpoints = Endpoints::fromEnvironment();
    QPointer<PageRunner> m_runner; // the web-view helper showing VK's page, while one is open
    bool m_smsRequested = false;
    bool m_needsBrowser = false;
    QElapsedTimer m_shown; // when the two-factor question was shown (VK's SMS delay runs from then)
};

} // namespace vkauth::cli
