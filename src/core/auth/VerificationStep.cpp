// SPDX-License-Identifier: MIT
#include "auth/VerificationStep.h"

#include "auth/HtmlForm.h"

#include <QUrlQuery>

namespace vkauth {

namespace {

QString warningOf(const HtmlPage &page)
{
    for (const char *selector : {".service_msg_warning", ".service_msg_error", ".service_msg"}) {
        const QString text = page.text(QLatin1String(selector)).trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

bool hasCaptchaForm(const HtmlPage &page)
{
    for (const HtmlForm &form : page.forms()) {
        if (form.has(QStringLiteral("captcha_sid")))
            return true;
    }
    return false;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

QString phoneCheckDigits(const QString &phone, const HtmlPage &page)
{
    QString number = digitsOf(phone);
    if (!phone.trimmed().startsWith(u'+') && number.startsWith(QLatin1String("00")))
        number.remove(0, 2);
    const QStringList shown = page.texts(QStringLiteral(".field_prefix"));
    const qsizetype head = shown.isEmpty() ? 0 : digitsOf(shown.first()).size();
    const qsizetype tail = shown.size() < 2 ? 0 : digitsOf(shown.last()).size();
    if (head + tail >= number.size())
        return {};
    return number.mid(head, number.size() - head - tail);
}

VerificationStep chooseVerificationStep(const QUrl &url, const HtmlPage &page)
{
    using Kind = VerificationStep::Kind;
    const QString act = QUrlQuery(url).queryItemValue(QStringLiteral("act"));
    const QString path = url.path();
    const bool formless = page.forms().isEmpty();
    VerificationStep step;
    step.step = act.isEmpty() ? path.section(u'/', -1) : act;

    if (act == u"blocked" || path.endsWith(QLatin1String("/blocked"))) {
        step.kind = Kind::Blocked;
    } else if (path.endsWith(QLatin1String("/blank.html"))) {
        step.kind = Kind::Done;
    } else if (act.startsWith(QLatin1String("security")) || path.endsWith(QLatin1String("/security_check"))) {
        // The other address VK has used for the phone check: oauth.vk.com/security_check?type=…&mid=…&hash=…
        if (act.isEmpty())
            step.step = QStringLiteral("security_check");
        step.kind = formless ? Kind::Warning : Kind::SecurityCheck;
        step.words = warningOf(page);
        if (formless && step.words.isEmpty())
            step.kind = Kind::ScriptPage;
    } else if (act == u"authcheck") {
        step.kind = formless ? Kind::ScriptPage : Kind::TwoFactor;
    } else if (act == u"validate") {
        step.kind = Kind::Validate;
    } else if (act == u"captcha" || hasCaptchaForm(page)) {
        step.kind = formless ? Kind::ScriptPage : Kind::Captcha;
        if (act.isEmpty())
            step.step = QStringLiteral("captcha");
    } else if (path.contains(QLatin1String("challenge")) || path.contains(QLatin1String("badbrowser"))) {
        step.kind = Kind::ScriptPage;
        step.step = path.contains(QLatin1String("challenge")) ? QStringLiteral("challenge")
                                                              : QStringLiteral("badbrowser");
    } else if (formless) {
        step.words = warningOf(page);
        step.kind = step.words.isEmpty() ? Kind::ScriptPage : Kind::Warning;
    } else {
        step.kind = Kind::Unknown;
    }
    if (step.step.isEmpty())
        step.step = QStringLiteral("unknown");
    return step;
}

} // namespace vkauth
