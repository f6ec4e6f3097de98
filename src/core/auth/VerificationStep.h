// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace vkauth {

class HtmlPage;

// Which step of VK's account verification a page is (PROTOCOL.md "Account verification" and "Seen in
// real replies"). Pure: reads only the URL and the parsed page.
struct VerificationStep
{
    enum class Kind {
        Done, // blank.html: the answer is in the fragment
        TwoFactor, // act=authcheck: a form that takes `code`
        SecurityCheck, // any act=security* (e.g. security_check): the phone check form
        Warning, // a page without a form that holds only VK's warning (e.g. wrong digits)
        Validate, // act=validate: follow #activation_wrap a, else a page built by scripts
        Captcha, // act=captcha, or a form with captcha_sid
        Blocked, // act=blocked
        ScriptPage, // a page built by scripts (challenge.html, badbrowser, no form): needs a browser
        Unknown, // a page with forms we do not know
    };
    Kind kind = Kind::Unknown;
    QString step; // a short name for messages: "security_check", "validate", "challenge", ...
    QString words; // Warning: VK's own words (.service_msg_warning)
};

VerificationStep chooseVerificationStep(const QUrl &url, const HtmlPage &page);

// The phone check's answer: the full number without a leading + or 00, minus as many leading digits
// as the page's first .field_prefix shows and as many trailing digits as the last one shows. Empty
// when the number is too short for the page.
QString phoneCheckDigits(const QString &phone, const HtmlPage &page);

} // namespace vkauth
