// SPDX-License-Identifier: MIT
#include "auth/Prompter.h"

#include <QCoreApplication>

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

QString whereTheCodeIs(const TwoFactorChallenge &c)
{
    const QString mask
        = c.phoneMask.isEmpty() ? QCoreApplication::translate("TwoFactor", "your phone") : c.phoneMask;
    switch (c.channel) {
    case TwoFactorChallenge::Channel::Sms:
        return QCoreApplication::translate("TwoFactor", "VK sent a code by SMS to %1.").arg(mask);
    case TwoFactorChallenge::Channel::LibVerify:
        return QCoreApplication::translate(
            "TwoFactor", "VK sent a code by SMS to %1 through its verification service.")
            .arg(mask);
    case TwoFactorChallenge::Channel::FlashCall:
        return QCoreApplication::translate("TwoFactor",
            "VK is calling %1. Do not answer: the code is the last %2 digits of the calling number.")
            .arg(mask)
            .arg(c.codeLength > 0 ? c.codeLength : 4);
    case TwoFactorChallenge::Channel::Push:
        return QCoreApplication::translate(
            "TwoFactor", "VK sent the code as a notification to VK's app on your other device.");
    case TwoFactorChallenge::Channel::Email:
        return QCoreApplication::translate("TwoFactor", "VK sent the code to the account's e-mail address.");
    case TwoFactorChallenge::Channel::App:
        break;
    }
    return QCoreApplication::translate(
        "TwoFactor", "Open your authenticator app and enter the code it shows.");
}

} // namespace vkauth
