#include "auth/Prompter.h"

namespace vkauth {

Prompt::Prompt(const CaptchaChallenge &challenge, QObject *parent)
    : QObject(parent)
    , m_kind(Kind::Captcha)
    , m_captcha(challenge)
{
}

Prompt::Prompt(const TwoFactorChallenge &challenge, QObject *parent)
    : QObject(parent)
    , m_kind(Kind::TwoFactor)
    , m_twoFactor(challenge)
{
}

Prompt::Prompt(const PageChallenge &challenge, QObject *parent)
    : QObject(parent)
    , m_kind(Kind::Page)
    , m_page(challenge)
{
}

void Prompt::answer(const QString &value)
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT answered(value);
}

void Prompt::cancel()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT cancelled();
}

void Prompt::requestSms()
{
    if (m_open && m_kind == Kind::TwoFactor)
        Q_EMIT smsRequested();
}

void Prompt::refreshCaptcha()
{
    if (m_open && m_kind == Kind::Captcha)
        Q_EMIT captchaRefreshRequested();
}

void Prompt::withdraw()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT withdrawn();
}

void Prompt::update(const CaptchaChallenge &challenge)
{
    m_captcha = challenge;
    Q_EMIT changed();
}

void Prompt::update(const TwoFactorChallenge &challenge)
{
    m_twoFactor = challenge;
    Q_EMIT changed();
}

} // namespace vkauth
