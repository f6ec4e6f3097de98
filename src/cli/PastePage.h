// SPDX-License-Identifier: MIT
#pragma once

#include "auth/PageRunner.h"
#include "net/Endpoints.h"

#include <QPointer>
#include <QString>

namespace vkauth {
class HttpSession;
struct HttpResponse;
} // namespace vkauth

namespace vkauth::cli {

class InputReader;
class Output;

// vkauth-cli's way to show VK's page without a window (--browser paste): prints the address for any
// browser and reads back, without echo, the blank.html address VK ends on (it holds the token), asking
// again until one is pasted. The end of input ends the page as Closed, and failure() says why.
// Before it asks, it fetches the address itself (a plain GET, no cookies): VK answers an app it has
// blocked or disabled with a bare JSON page there, which ends the page at once as the web-view
// helper's window does (blank.html#error=…), so the user is not sent to a page that cannot work.
class PastePage : public PageRunner
{
    Q_OBJECT
public:
    PastePage(InputReader *input, Output &output, const Endpoints &endpoints, QObject *parent = nullptr);

    void start(const PageJob &job) override;
    void cancel() override;
    bool isAvailable() const override { return true; }
    QString failure() const { return m_failure; }

private:
    void probed(const HttpResponse &response);
    void showAddress();
    void ask();
    void end(const PageResult &result);

    InputReader *m_input;
    Output &m_output;
    Endpoints m_endpoints;
    PageJob m_job;
    QPointer<HttpSession> m_probe;
    QList<QUrl> m_catchUrls; // the job's own catch rules (a VK ID redirect URL), besides blank.html
    QString m_failure;
    bool m_running = false;
};

} // namespace vkauth::cli
