// SPDX-License-Identifier: MIT
#pragma once

// Plays the person in `vkauth-cli login browser --browser paste`: reads the address the CLI prints,
// signs in on the fake's pages over plain HTTP (forms read with our HtmlPage, redirects followed by
// hand, one cookie jar) and returns the blank.html address VK ends on, for pasting back.

#include "CliRunner.h"
#include "FakeVk.h"
#include "auth/HtmlForm.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>

class PasteBrowser
{
public:
    struct Page
    {
        QUrl url;
        QByteArray body;
        QUrl finalRedirect; // a blank.html address the browser was sent to
    };

    PasteBrowser() { m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); }

    // Waits for the CLI's address, signs in as `a` and allows (or cancels); the address the CLI
    // printed goes to *authorize when asked for.
    QUrl signIn(QProcess &cli, const fakevk::Account &a, bool allow = true, QString *authorize = nullptr)
    {
        QByteArray err;
        if (!clitest::CliRunner::waitForErr(cli, err, "Paste the address"))
            return {};
        const qsizetype at = err.indexOf("  http");
        const QUrl address(QString::fromUtf8(err.mid(at, err.indexOf('\n', at) - at)).trimmed());
        if (authorize)
            *authorize = address.toString();
        const Page login = fetch(address);
        const Page consent
            = submit(login, {{QStringLiteral("email"), a.login}, {QStringLiteral("pass"), a.password}});
        const Page end = allow ? submit(consent, {}, QStringLiteral("allow"))
                               : submit(consent, {{QStringLiteral("cancel"), QStringLiteral("1")}});
        return end.finalRedirect;
    }

    Page fetch(const QUrl &start, const QByteArray &postBody = {})
    {
        Page page;
        QUrl url = start;
        bool post = !postBody.isEmpty();
        for (int hop = 0; hop < 10; ++hop) {
            QNetworkRequest request(url);
            QNetworkReply *reply;
            if (post) {
                request.setHeader(
                    QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
                reply = m_network.post(request, postBody);
            } else {
                reply = m_network.get(request);
            }
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished() && !done.wait(10000))
                return page;
            reply->deleteLater();
            const QByteArray location = reply->rawHeader("Location");
            if (location.isEmpty()) {
                page.url = url;
                page.body = reply->readAll();
                return page;
            }
            const QUrl next = url.resolved(QUrl::fromEncoded(location));
            if (next.path().endsWith(QLatin1String("/blank.html"))) {
                page.finalRedirect = next;
                return page;
            }
            url = next;
            post = false;
        }
        return page;
    }

    Page submit(const Page &page, const QList<QPair<QString, QString>> &fields, const QString &submitter = {})
    {
        const vkauth::HtmlPage html(page.body, page.url);
        auto form = html.form({{}, {}, submitter});
        if (!form)
            return {};
        for (const auto &[name, value] : fields)
            form->set(name, value);
        return fetch(form->action, form->encoded());
    }

private:
    QNetworkAccessManager m_network;
};
