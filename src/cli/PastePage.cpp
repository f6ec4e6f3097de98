// SPDX-License-Identifier: MIT
#include "PastePage.h"

#include "InputReader.h"
#include "Output.h"

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
    m_catchUrls = job.catchUrls;
    m_output.message(tr("Open this address in a browser, sign in and allow access:"));
    m_output.err() << "\n  " << job.url.toString(QUrl::FullyEncoded) << "\n\n" << Qt::flush;
    ask();
}

void PastePage::cancel()
{
    if (!m_running)
        return;
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
