// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkCookie>
#include <QObject>
#include <QString>
#include <QUrl>

namespace vkauth {

struct CaptchaChallenge
{
    QString sid;
    QUrl imageUrl;
    QByteArray image; // fetched by the flow with its own session; may be empty if the fetch failed
    QUrl redirectUri; // VK's newer "not robot" check: solve on this page, answer with success_token
    int attempt = 1; // 1-based
    int maxAttempts = 3;
};

struct TwoFactorChallenge
{
    // VK's validation_type: 2fa_app, 2fa_sms, 2fa_libverify (SMS through VK's verification service),
    // 2fa_callreset (a flash call: the code is the last 4 digits of the calling number), 2fa_push,
    // 2fa_email.
    enum class Channel { App, Sms, LibVerify, FlashCall, Push, Email };
    Channel channel = Channel::App;
    QString description; // VK's own words about where the code is (error_description), may be empty
    QString phoneMask;
    bool smsAvailable = false; // the front may offer "send SMS"
    int smsDelaySeconds = 0; // seconds from now until an SMS may be requested
    int codeLength = 6;
    int attempt = 1;
    int maxAttempts = 3;
    QString lastError; // why the previous code was refused, translated
};

// Where the code comes from, in the user's words, per channel (translated); VK's own words are in
// challenge.description and are shown beside this.
QString whereTheCodeIs(const TwoFactorChallenge &challenge);

// A page a scraper cannot pass (built by scripts: validate, challenge, an unknown step). A front that
// can show web pages (Prompter::canShowPages) opens it with these cookies and answers with the URL the
// browser finally reached (the blank.html address, fragment included).
struct PageChallenge
{
    QUrl url;
    QList<QNetworkCookie> cookies;
    QString step; // e.g. "validate", "challenge": for the window title and messages
};

// One question from a flow to its front (the seed's CallbackService). The flow owns it; the front
// answers once, later, through answer()/cancel(). If the flow ends first it calls withdraw().
class Prompt : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Captcha, TwoFactor, Page };

    Prompt(const CaptchaChallenge &challenge, QObject *parent = nullptr);
    Prompt(const TwoFactorChallenge &challenge, QObject *parent = nullptr);
    Prompt(const PageChallenge &challenge, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    const CaptchaChallenge &captcha() const { return m_captcha; }
    const TwoFactorChallenge &twoFactor() const { return m_twoFactor; }
    const PageChallenge &page() const { return m_page; }
    bool isOpen() const { return m_open; }

    // Front side.
    void answer(const QString &value); // captcha key, 2FA code, success_token, or the page's final URL
    void cancel();
    void requestSms(); // 2FA: send (another) SMS
    void refreshCaptcha(); // captcha: fetch a new image

    // Flow side.
    void withdraw();
    void update(const CaptchaChallenge &challenge);
    void update(const TwoFactorChallenge &challenge);

Q_SIGNALS:
    void answered(const QString &value);
    void cancelled();
    void smsRequested();
    void captchaRefreshRequested();
    void withdrawn();
    void changed();

private:
    Kind m_kind;
    CaptchaChallenge m_captcha;
    TwoFactorChallenge m_twoFactor;
    PageChallenge m_page;
    bool m_open = true;
};

// Implemented by each front (GUI dialogs, CLI prompts, tests).
class Prompter
{
public:
    virtual ~Prompter() = default;
    // Show the question; answer later through prompt->answer()/cancel(). Never delete the prompt;
    // watch Prompt::withdrawn to close the question if the flow ends first.
    virtual void ask(Prompt *prompt) = 0;
    // Whether ask() can take a Prompt::Kind::Page (a web view is at hand).
    virtual bool canShowPages() const { return false; }
};

} // namespace vkauth
