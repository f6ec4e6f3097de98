// SPDX-License-Identifier: MIT
#include "auth/CaptchaImage.h"

#include "auth/Prompter.h"
#include "net/HttpSession.h"

#include <QPointer>

namespace vkauth::CaptchaImage {

void fetch(HttpSession *session, const QUrl &url, const std::function<void(const QByteArray &)> &done)
{
    const QString scheme = url.scheme();
    if (url.isEmpty() || !url.isValid() || (scheme != u"https" && scheme != u"http")) {
        done({});
        return;
    }
    session->get(url, [done](const HttpResponse &response) {
        if (response.ok() && response.status == 200) {
            done(response.body);
            return;
        }
        qCWarning(lcHttp).noquote() << "could not fetch the captcha image:"
                                    << (response.error ? response.error->details
                                                       : QString::number(response.status));
        done({});
    });
}

void refresh(HttpSession *session, Prompt *prompt, const std::function<bool()> &stillCurrent)
{
    if (!stillCurrent() || !prompt->isOpen() || !prompt->captcha().imageUrl.isValid())
        return;
    qCDebug(lcHttp) << "fetching a new captcha image";
    fetch(session, prompt->captcha().imageUrl,
        [p = QPointer<Prompt>(prompt), stillCurrent](const QByteArray &image) {
            if (!p || !stillCurrent() || !p->isOpen() || image.isEmpty())
                return;
            CaptchaChallenge challenge = p->captcha();
            challenge.image = image;
            p->update(challenge);
        });
}

} // namespace vkauth::CaptchaImage
