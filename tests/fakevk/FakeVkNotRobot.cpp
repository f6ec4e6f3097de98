// SPDX-License-Identifier: MIT
#include "FakeVkPrivate.h"

#include <QJsonArray>
#include <QJsonDocument>

// VK's "not robot" check as VK serves it (2024–2026): redirect_uri opens a page that embeds a widget;
// the widget's script calls the check method and hands the success_token to its parent with
// postMessage. Nothing navigates, so no URL ever carries the token.
//
// GET  /not_robot_captcha?session_token=SID      the page: an iframe with the widget
// GET  /not_robot_captcha?act=widget&...          the widget: checkbox #not_robot, button #not_robot_submit
// POST /not_robot_captcha?act=captchaNotRobot.check   the check method: {"response":{...}}
// POST /not_robot_captcha?act=check               the older form post, 302 to act=done&success_token=…
//
// How the token travels is chosen by FAKEVK_NOT_ROBOT_DELIVERY (tests set it in their process):
// "answer"  — in the check method's answer {"response":{"status":"OK","success_token":…}}; the
//             widget then posts only {"type":"captchaNotRobot.done"} (no token);
// "message" — the answer carries it only encoded ({"response":{"status":"OK","t":base64}}), and the
//             widget posts {"type":"captchaNotRobot.done","success_token":…} to window.parent;
// "url"     — the older page: a form whose post redirects to a URL with the token.
// Unset: "message".

namespace fakevk {

namespace {
QString deliveryMode()
{
    const QString mode = qEnvironmentVariable("FAKEVK_NOT_ROBOT_DELIVERY");
    return mode.isEmpty() ? QStringLiteral("message") : mode;
}

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

Reply htmlPage(const QString &title, const QString &body)
{
    return Reply::html(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                      "</head><body>%2</body></html>")
                           .arg(escape(title), body));
}
} // namespace

Reply FakeVk::Private::notRobotWidget(const Request &request)
{
    const QString act = request.query.value(QStringLiteral("act"));
    const QString sid = request.query.value(QStringLiteral("session_token"));
    const QString mode = deliveryMode();
    if (act == QLatin1String("captchaNotRobot.check")) {
        if (request.method != "POST"
            || request.form.value(QStringLiteral("not_robot")) != QLatin1String("1")) {
            return Reply::json({{QStringLiteral("error"),
                QJsonObject {{QStringLiteral("error_code"), 100},
                    {QStringLiteral("error_msg"), QStringLiteral("Tick the box first.")}}}});
        }
        notRobotPassed(sid);
        QJsonObject response {{QStringLiteral("status"), QStringLiteral("OK")}};
        if (mode == QLatin1String("answer"))
            response.insert(QStringLiteral("success_token"), notRobotToken);
        else
            response.insert(QStringLiteral("t"), QString::fromLatin1(notRobotToken.toUtf8().toBase64()));
        return Reply::json({{QStringLiteral("response"), response}});
    }
    if (act == QLatin1String("widget")) {
        const QString check
            = QStringLiteral("/not_robot_captcha?act=captchaNotRobot.check&session_token=") + sid;
        return htmlPage(QStringLiteral("VK ID | Captcha"),
            QStringLiteral(
                "<label><input type=\"checkbox\" id=\"not_robot\"> I'm not a robot</label>\n"
                "<button type=\"button\" id=\"not_robot_submit\">Continue</button>\n"
                "<div id=\"status\"></div>\n"
                "<script>\n"
                "document.getElementById('not_robot_submit').addEventListener('click', function () {\n"
                "  var body = 'not_robot=' + (document.getElementById('not_robot').checked ? '1' : '0');\n"
                "  fetch(%1, {method: 'POST', body: body,\n"
                "    headers: {'Content-Type': 'application/x-www-form-urlencoded'}})\n"
                "  .then(function (r) { return r.json(); })\n"
                "  .then(function (j) {\n"
                "    if (!j.response) { document.getElementById('status').textContent = j.error.error_msg; "
                "return; }\n"
                "    document.getElementById('status').textContent = 'checked';\n"
                "    var msg = {type: 'captchaNotRobot.done'};\n"
                "    if (j.response.t) msg.success_token = atob(j.response.t);\n"
                "    window.parent.postMessage(msg, '*');\n"
                "  });\n"
                "});\n"
                "</script>")
                .arg(QString::fromUtf8(QJsonDocument(QJsonArray {check}).toJson(QJsonDocument::Compact))
                         .mid(1)
                         .chopped(1)));
    }
    // The page redirect_uri opens: the widget in a frame; the page itself waits for the message.
    const QString widget = QStringLiteral("/not_robot_captcha?act=widget&session_token=") + sid;
    return htmlPage(QStringLiteral("VK ID | Not a robot"),
        QStringLiteral("<p>Confirm that you are not a robot.</p>\n"
                       "<iframe id=\"widget\" src=\"%1\" width=\"400\" height=\"200\"></iframe>\n")
            .arg(escape(widget)));
}

void FakeVk::Private::notRobotPassed(const QString &sid)
{
    const qint64 owner = captchaSids.value(sid);
    for (auto it = tokenErrors.begin(); it != tokenErrors.end();) {
        const auto token = tokens.constFind(it.key());
        if (owner != 0 && it.value() == 14 && token != tokens.constEnd() && !token->group
            && token->ownerId == owner)
            it = tokenErrors.erase(it);
        else
            ++it;
    }
}

bool FakeVk::Private::isNotRobotWidget(const Request &request)
{
    const QString act = request.query.value(QStringLiteral("act"));
    if (act == QLatin1String("widget") || act == QLatin1String("captchaNotRobot.check"))
        return true;
    return act.isEmpty() && deliveryMode() != QLatin1String("url");
}

} // namespace fakevk
