// SPDX-License-Identifier: MIT
#include "net/VkApi.h"

#include "net/HttpSession.h"
#include "net/Redact.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcVkApi, "vkauth.core.vkapi")

namespace vkauth {

namespace {

VkApiReply failure(VkApiError::Kind kind, const QString &message)
{
    VkApiError error;
    error.kind = kind;
    error.message = Redact::text(message);
    return VkApiReply {{}, error};
}

VkApiError apiError(const QJsonObject &error)
{
    VkApiError e;
    e.kind = VkApiError::Kind::Api;
    e.code = error.value(u"error_code").toInt();
    e.message = Redact::text(error.value(u"error_msg").toString());
    e.captchaSid = error.value(u"captcha_sid").toVariant().toString();
    e.captchaImg = QUrl(error.value(u"captcha_img").toString());
    e.redirectUri = QUrl(error.value(u"redirect_uri").toString());
    return e;
}

} // namespace

VkApiReply VkApiReply::fromHttp(const HttpResponse &http)
{
    if (http.error) {
        const bool refused = http.error->code == AuthErrorCode::InvalidInput;
        return failure(refused ? VkApiError::Kind::Refused : VkApiError::Kind::Transport,
            http.error->details.isEmpty() ? http.error->message : http.error->details);
    }
    QJsonObject root;
    if (const auto error = http.parseJsonObject(&root))
        return failure(VkApiError::Kind::BadReply, error->details);
    if (root.contains(u"error"))
        return VkApiReply {{}, apiError(root.value(u"error").toObject())};
    if (!root.contains(u"response"))
        return failure(VkApiError::Kind::BadReply, VkApi::tr("no response in the answer"));
    return VkApiReply {root.value(u"response"), std::nullopt};
}

VkApi::VkApi(const NetworkContext &context, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_http(new HttpSession(network ? network : NetworkContext::network(), this))
{
    m_http->setTimeoutMs(context.timeoutMs);
    m_http->setMaxBytes(kMaxReplyBytes);
    m_http->setMaxRedirects(0); // the API answers, it never sends anyone elsewhere
    m_http->setPolicy(context.policy()); // kept tokens never go to a host the policy refuses
}

VkApi::~VkApi() = default;

void VkApi::call(const QString &method, const Params &params, const QString &token, Callback callback)
{
    Params fields = params;
    if (!token.isEmpty())
        fields.append({QStringLiteral("access_token"), token});
    fields.append({QStringLiteral("v"), m_context.apiVersion});
    m_http->postForm(m_context.endpoints.apiMethod(method), HttpSession::formEncode(fields),
        [method, callback = std::move(callback)](const HttpResponse &http) {
            const VkApiReply reply = VkApiReply::fromHttp(http);
            if (!reply.ok())
                qCInfo(lcVkApi).noquote() << method << "failed:" << reply.error->code << reply.error->message;
            callback(reply);
        });
}

void VkApi::owner(TokenKind kind, const QString &token, OwnerCallback callback)
{
    const bool user = kind == TokenKind::User;
    call(user ? QStringLiteral("users.get") : QStringLiteral("groups.getById"),
        {{QStringLiteral("fields"), QStringLiteral("screen_name")}}, token,
        [kind, user, callback = std::move(callback)](const VkApiReply &reply) {
            AccountName owner;
            owner.kind = kind;
            if (!reply.ok()) {
                callback(owner, reply.error);
                return;
            }
            // groups.getById answers {"groups": [...]} since API 5.194, a bare array before.
            const QJsonValue &r = reply.response;
            const QJsonArray list = r.isArray() ? r.toArray() : r.toObject().value(u"groups").toArray();
            const QJsonObject entry = list.isEmpty() ? QJsonObject() : list.first().toObject();
            owner.vkId = entry.value(u"id").toInteger();
            owner.name = user
                ? QStringLiteral("%1 %2")
                      .arg(entry.value(u"first_name").toString(), entry.value(u"last_name").toString())
                      .trimmed()
                : entry.value(u"name").toString();
            owner.screenName = entry.value(u"screen_name").toString();
            callback(owner, std::nullopt);
        });
}

void VkApi::owners(const QList<ObtainedToken> &tokens, OwnersCallback callback)
{
    struct State
    {
        QList<AccountName> names;
        QStringList problems;
        qsizetype pending = 0;
        OwnersCallback callback;
    };
    auto state = std::make_shared<State>();
    state->callback = std::move(callback);
    for (const ObtainedToken &t : tokens)
        state->names << AccountName {t.kind, t.vkId, {}, {}};
    state->pending = tokens.size();
    if (tokens.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [state] { state->callback({}, {}); }, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        owner(tokens[i].kind, tokens[i].token,
            [state, i](const AccountName &owner, const std::optional<VkApiError> &error) {
                AccountName &name = state->names[i];
                name.name = owner.name;
                name.screenName = owner.screenName;
                if (name.name.isEmpty()) {
                    const QString why = error ? error->message : tr("no name in the reply");
                    qCInfo(lcVkApi).noquote() << "no name for" << name.vkId << "-" << why;
                    state->problems << tr("%1: %2").arg(name.vkId).arg(why);
                }
                if (--state->pending == 0)
                    state->callback(state->names, state->problems.join(u'\n'));
            });
    }
}

void VkApi::setHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_http->setHeaders(headers);
}

void VkApi::abortAll()
{
    m_http->abortAll();
}

} // namespace vkauth
