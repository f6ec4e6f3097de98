// SPDX-License-Identifier: MIT
#include "TerminalPrompter.h"

#include "InputReader.h"
#include "net/Redact.h"
#include "net/WebViewProcess.h"

#include <QDir>

namespace vkauth::cli {

namespace {
const QString kSmsAnswer = QStringLiteral("sms");
} // namespace

TerminalPrompter::TerminalPrompter(InputReader *input, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_input(input)
    , m_err(err)
{
    connect(m_input, &InputReader::lineRead, this, &TerminalPrompter::onLine);
    connect(m_input, &InputReader::endOfInput, this, &TerminalPrompter::onEndOfInput);
}

TerminalPrompter::~TerminalPrompter()
{
    close();
}

void TerminalPrompter::ask(Prompt *prompt)
{
    close();
    m_prompt = prompt;
    connect(prompt, &Prompt::withdrawn, this, [this, prompt] {
        if (m_prompt == prompt)
            close();
    });
    connect(prompt, &Prompt::changed, this, [this, prompt] {
        // A fresh challenge (new captcha, SMS sent): ask again unless an answer is already being typed.
        if (m_prompt == prompt && prompt->isOpen() && (m_smsRequested || !m_input->isWaiting())) {
            m_input->abandon();
            present();
        }
    });
    present();
}

void TerminalPrompter::present()
{
    m_smsRequested = false;
    if (m_prompt->kind() == Prompt::Kind::Page) {
        const PageChallenge &page = m_prompt->page();
        m_err << tr("VK wants one more step (%1): complete it in the window that opens.").arg(page.step)
              << '\n'
              << Qt::flush;
        PageJob job = PageJob::forEndpoints(m_endpoints);
        job.url = page.url;
        job.cookies = page.cookies;
        job.catchUrls = PageJob::blankPages(m_endpoints);
        job.title = tr("VK: one more step");
        job.hint = page.step;
        showInBrowser(job);
    } else if (m_prompt->kind() == Prompt::Kind::Captcha)
        presentCaptcha();
    else
        presentTwoFactor();
}

bool TerminalPrompter::canShowPages() const
{
    return WebViewProcess::canShowWindows();
}

// Each question starts reading (echo off for secrets) before it is shown, so nothing typed in reply
// to it is echoed.
void TerminalPrompter::presentCaptcha()
{
    const CaptchaChallenge &c = m_prompt->captcha();
    if (!c.redirectUri.isEmpty() && !WebViewProcess::canShowWindows()) {
        m_needsBrowser = true;
        m_failure = tr("VK asks for its \"not robot\" check (step: captcha), which only a web browser can "
                       "pass, and no display or web view is available here. Sign in with the desktop app "
                       "(vkauth), or run the sign-in where a display is available.");
        Prompt *prompt = m_prompt;
        close();
        prompt->cancel();
        return;
    }
    if (!c.redirectUri.isEmpty()) {
        // VK's page hands the success_token to its own scripts, never to the person: the helper
        // catches it there (from the URL, the check's answer or a posted message).
        m_err << tr("VK wants to check that you are not a robot: complete the check in the window that "
                    "opens.")
              << '\n'
              << Qt::flush;
        PageJob job = PageJob::forEndpoints(m_endpoints);
        job.url = c.redirectUri;
        job.catchSuccessToken = true;
        job.title = tr("VK: not a robot");
        showInBrowser(job);
        return;
    }
    m_input->request(false);
    if (c.attempt > 1)
        m_err
            << tr("The captcha answer was not accepted (attempt %1 of %2).").arg(c.attempt).arg(c.maxAttempts)
            << '\n';
    m_err << tr("VK asks for a captcha.") << '\n';
    const QString path = saveCaptchaImage(c.image);
    if (!path.isEmpty())
        m_err << tr("  image saved to: %1").arg(path) << '\n';
    if (!c.imageUrl.isEmpty())
        m_err << tr("  image address:  %1").arg(Redact::url(c.imageUrl)) << '\n';
    m_err << tr("Type the characters from the image: ") << Qt::flush;
}

// The page in the web-view helper's window; what it catches answers the question, and closing the
// window cancels it with a message.
void TerminalPrompter::showInBrowser(PageJob job)
{
    auto *runner = new WebViewProcess(this);
    m_runner = runner;
    connect(runner, &PageRunner::finished, this, [this, runner](const PageResult &result) {
        if (m_runner != runner || !m_prompt)
            return;
        Prompt *prompt = m_prompt;
        if (result.kind == PageResult::Kind::Token && !result.successToken.isEmpty()) {
            close();
            prompt->answer(result.successToken);
        } else if (result.kind == PageResult::Kind::Caught) {
            close();
            prompt->answer(result.url.toString(QUrl::FullyEncoded));
        } else {
            m_failure = result.kind == PageResult::Kind::Error
                ? result.message
                : tr("The browser window was closed before VK's step was finished.");
            close();
            prompt->cancel();
        }
    });
    runner->start(job);
}

void TerminalPrompter::presentTwoFactor()
{
    const TwoFactorChallenge &t = m_prompt->twoFactor();
    m_input->request(true);
    m_shown.start();
    if (!t.lastError.isEmpty())
        m_err << t.lastError << '\n';
    m_err << whereTheCodeIs(t) << '\n';
    if (!t.description.isEmpty())
        m_err << tr("VK says: %1").arg(t.description) << '\n';
    if (t.codeLength > 0)
        m_err << tr("The code has %1 digits.").arg(t.codeLength) << '\n';
    if (t.smsAvailable) {
        if (t.smsDelaySeconds > 0)
            m_err << tr("(To get the code by SMS instead, answer \"sms\" in %1 s or later.)")
                         .arg(t.smsDelaySeconds)
                  << '\n';
        else
            m_err << tr("(To get the code by SMS instead, answer \"sms\" or leave the answer empty.)")
                  << '\n';
    }
    if (t.attempt > 1)
        m_err << tr("Code (attempt %1 of %2): ").arg(t.attempt).arg(t.maxAttempts) << Qt::flush;
    else
        m_err << tr("Code: ") << Qt::flush;
}

void TerminalPrompter::onLine(const QString &line)
{
    if (!m_prompt || !m_prompt->isOpen())
        return;
    if (!m_input->isTerminal())
        m_err << '\n'; // the answer came from a pipe: end the question's line, as typing would
    const QString answer = line.trimmed();
    if (m_prompt->kind() == Prompt::Kind::TwoFactor && (answer.isEmpty() || answer == kSmsAnswer)) {
        if (!m_prompt->twoFactor().smsAvailable) {
            m_err << tr("SMS is not available here; type the code.") << '\n';
            presentTwoFactor();
            return;
        }
        // VK's delay counts from when the question was shown; asking earlier would be ignored.
        const qint64 left = qint64(m_prompt->twoFactor().smsDelaySeconds) * 1000 - m_shown.elapsed();
        if (left > 0) {
            m_err << tr("VK allows another SMS in %1 s; type the code you have, or ask again then.")
                         .arg((left + 999) / 1000)
                  << '\n';
            presentTwoFactor();
            return;
        }
        m_err << tr("Asking VK to send an SMS...") << '\n' << Qt::flush;
        // The flow updates the question once VK answers; until then the code may already be typed.
        m_smsRequested = true;
        m_prompt->requestSms();
        if (m_prompt && m_prompt->isOpen() && !m_input->isWaiting())
            presentTwoFactor();
        return;
    }
    if (answer.isEmpty()) {
        present();
        return;
    }
    Prompt *prompt = m_prompt;
    m_prompt = nullptr;
    m_captchaFile.reset();
    prompt->answer(answer);
}

void TerminalPrompter::onEndOfInput()
{
    if (!m_prompt || !m_prompt->isOpen())
        return;
    m_failure = m_input->isUsable()
        ? tr("No answer could be read: the input ended before the question was answered.")
        : tr("No answer could be read: there is no terminal and no input to read answers from.");
    m_err << '\n' << Qt::flush;
    Prompt *prompt = m_prompt;
    close();
    prompt->cancel();
}

void TerminalPrompter::close()
{
    if (PageRunner *runner = m_runner) {
        m_runner = nullptr;
        runner->disconnect(this);
        runner->cancel();
        runner->deleteLater();
    }
    if (m_input && m_input->isWaiting())
        m_input->abandon();
    m_prompt = nullptr;
    m_captchaFile.reset();
    m_smsRequested = false;
}

// A private (0600) file that lives until the captcha is answered.
QString TerminalPrompter::saveCaptchaImage(const QByteArray &image)
{
    m_captchaFile.reset();
    if (image.isEmpty())
        return {};
    const QString suffix = image.startsWith("\x89PNG") ? QStringLiteral(".png") : QStringLiteral(".jpg");
    auto file = std::make_unique<QTemporaryFile>(
        QDir::tempPath() + QStringLiteral("/vkauth-captcha-XXXXXX") + suffix);
    if (!file->open())
        return {};
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file->write(image) != image.size() || !file->flush())
        return {};
    file->close();
    m_captchaFile = std::move(file);
    return m_captchaFile->fileName();
}

} // namespace vkauth::cli
