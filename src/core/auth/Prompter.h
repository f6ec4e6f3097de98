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
    enum class Channel { App, Sms };
    Channel channel = Channel::App;
    QString phoneMask;
    bool smsAvailable = false; // the front may offer "send SMS"
    int smsDelaySeconds = 0; // seconds from now until an SMS may be requested
    int codeLength = 6;
    int attempt = 1;
    int maxAttempts = 3;
    QString lastError; // why the previous code was refused, translated
};

// A page the flow cannot read (built by scripts: validate, challenge, a new captcha, anything
// unknown): the front shows it in a web view with the session's cookies, and answers with the
// final blank.html URL the page ends on.
struct PageChallenge
{
    QUrl url;
    QList<QNetworkCookie> cookies; // the flow's session cookies for VK's hosts
    QString step; // what the flow was doing, for people ("security check", "validate", …)
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
    void answer(const QString &value); // captcha key, 2FA code, success_token, or the final URL (Page)
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
    // True when ask() can take Prompt::Kind::Page (a web view is at hand); flows check it first.
    virtual bool canShowPages() const { return false; }
};

} // namespace vkauth
