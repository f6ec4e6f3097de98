// SPDX-License-Identifier: MIT
#include "PastePage.h"

#include "InputReader.h"
#include "Output.h"
#include "net/HttpSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace vkauth::cli {

PastePage::PastePage(InputReader *input, Output &output, const Endpoints &endpoints, QObject *parent)
    : PageRunner(parent)
    , m_input(input)
    , m_output(output)
    , m_endpoints(endpoints)
{
}

void PastePage::start(const PageJob &job)
{
    if (m_running)
        return;
    m_running = true;
    m_job = job;
    m_catchUrls = job.catchUrls;
    // Only VK's OAuth page (caught at blank.html) can answer a refused app's JSON; a VK ID sign-in is
    // not probed (its page would spend a code).
    if (job.catchUrls.isEmpty() || !m_endpoints.isBlankPage(job.catchUrls.first())) {
        showAddress();
        return;
    }
    m_probe = new HttpSession(nullptr, this); // a fresh cookie jar: no cookies go with it
    m_probe->setMaxBytes(64 * 1024);
    m_probe->setStopBefore([this](const QUrl &url) { return m_endpoints.isBlankPage(url); });
    m_probe->get(job.url, [this](const HttpResponse &response) { probed(response); });
}

// What VK answered on the address: a refused app's JSON page ends the page as the helper's window
// would end it; anything else (the login form, an error of the network) leaves it to the browser.
void PastePage::probed(const HttpResponse &response)
{
    m_probe->deleteLater();
    m_probe = nullptr;
    const QJsonObject json = response.ok() && response.body.trimmed().startsWith('{')
        ? QJsonDocument::fromJson(response.body).object()
        : QJsonObject();
    const QString error = json.value(QLatin1String("error")).toString();
    if (error.isEmpty() || !response.url.path().endsWith(QLatin1String("/authorize"))) {
        showAddress();
        return;
    }
    QUrlQuery fragment;
    fragment.addQueryItem(QStringLiteral("error"), error);
    fragment.addQueryItem(
        QStringLiteral("error_description"), json.value(QLatin1String("error_description")).toString());
    const QString state = QUrlQuery(m_job.url).queryItemValue(QStringLiteral("state"));
    if (!state.isEmpty())
        fragment.addQueryItem(QStringLiteral("state"), state);
    PageResult caught;
    caught.kind = PageResult::Kind::Caught;
    caught.url = m_job.catchUrls.first();
    caught.url.setFragment(fragment.toString(QUrl::FullyEncoded), QUrl::TolerantMode);
    end(caught);
}

void PastePage::showAddress()
{
    m_output.message(tr("Open this address in a browser, sign in and allow access:"));
    m_output.err() << "\n  " << m_job.url.toString(QUrl::FullyEncoded) << "\n\n" << Qt::flush;
    ask();
}

void PastePage::cancel()
{
    if (!m_running)
        return;
    delete m_probe; // its callback never comes
    m_input->abandon();
    PageResult closed;
    closed.kind = PageResult::Kind::Closed;
    end(closed);
}

// Asks for the pasted blank.html address until one is accepted.
void PastePage::ask()
{
    m_input->readLine(true, this, [this](const std::optional<QString> &line) {
        if (!m_running)
            return;
        if (!line) {
            m_output.err() << '\n';
            m_failure = tr("No address could be read: the input ended.");
            PageResult closed;
            closed.kind = PageResult::Kind::Closed;
            end(closed);
            return;
        }
        if (!m_input->isTerminal())
            m_output.err() << '\n' << Qt::flush;
        const QUrl url = QUrl::fromUserInput(line->trimmed());
        const auto caughtHere = [&url](const QUrl &rule) {
            return url.scheme() == rule.scheme() && url.host().compare(rule.host(), Qt::CaseInsensitive) == 0
                && url.port(-1) == rule.port(-1) && url.path() == rule.path();
        };
        if (!m_endpoints.isBlankPage(url)
            && std::none_of(m_catchUrls.cbegin(), m_catchUrls.cend(), caughtHere)) {
            m_output.message(tr("That is not the blank.html address VK ends on; paste the whole address."));
            ask();
            return;
        }
        PageResult caught;
        caught.kind = PageResult::Kind::Caught;
        caught.url = url;
        end(caught);
    });
    m_output.err() << tr("Paste the address of the page VK ends on (input hidden): ") << Qt::flush;
}

void PastePage::end(const PageResult &result)
{
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace vkauth::cli
