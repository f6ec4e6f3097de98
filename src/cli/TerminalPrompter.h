#pragma once

#include "auth/Prompter.h"

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
    QString failure() const { return m_failure; }
    // The question was one only a web browser can answer (the "not robot" check) and none is at hand.
    bool needsBrowser() const { return m_needsBrowser; }

private:
    void present();
    void presentCaptcha();
    void presentTwoFactor();
    void onLine(const QString &line);
    void onEndOfInput();
    void close();
    QString saveCaptchaImage(const QByteArray &image);

    InputReader *m_input;
    QTextStream &m_err;
    QPointer<Prompt> m_prompt;
    std::unique_ptr<QTemporaryFile> m_captchaFile;
    QString m_failure;
    bool m_smsRequested = false;
    bool m_needsBrowser = false;
    QElapsedTimer m_shown; // when the two-factor question was shown (VK's SMS delay runs from then)
};

} // namespace vkauth::cli
