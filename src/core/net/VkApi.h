// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthResult.h"
#include "net/NetworkContext.h"

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace vkauth {

class HttpSession;
struct HttpResponse;

// Why an API call gave no response. Api: VK answered {"error": ...}; the codes a caller acts on are typed.
struct VkApiError
{
    enum class Kind { Transport, Refused, BadReply, Api };
    enum Code { AuthFailed = 5, CaptchaNeeded = 14, ValidationRequired = 17 };

    Kind kind = Kind::Transport;
    int code = 0; // VK's error_code (Kind::Api), else 0
    QString message; // VK's error_msg or the transport's words, redacted: never a token
    QString captchaSid; // CaptchaNeeded
    QUrl captchaImg; // CaptchaNeeded
    QUrl redirectUri; // ValidationRequired

    bool is(Code c) const { return kind == Kind::Api && code == c; }
};

// What one API call ended with: VK's "response", or an error.
struct VkApiReply
{
    QJsonValue response;
    std::optional<VkApiError> error;

    bool ok() const { return !error.has_value(); }
    // The one reader of VK's answer: "response" vs "error", and transport failures, for every call.
    static VkApiReply fromHttp(const HttpResponse &http);
};

// Who a token belongs to, as VK names it: "Ivan Petrov", or a community's name.
struct AccountName
{
    TokenKind kind = TokenKind::User;
    qint64 vkId = 0;
    QString name; // empty when VK would not say
    QString screenName; // "id1", "club1", a short name; may be empty
};

// VK's API on top of HttpSession, with the context's endpoints, version, timeout and URL policy:
// every call a POST to <api>/method/NAME with the token and "v" in the body (never in a URL), a 1 MiB
// cap on the answer. Callbacks come later, never from inside call(); abortAll() and the destructor
// drop what is in flight without calling back.
class VkApi : public QObject
{
    Q_OBJECT
public:
    using Params = QList<QPair<QString, QString>>;
    using Callback = std::function<void(const VkApiReply &)>;
    using OwnerCallback
        = std::function<void(const AccountName &owner, const std::optional<VkApiError> &error)>;
    using OwnersCallback = std::function<void(const QList<AccountName> &names, const QString &problem)>;

    static constexpr qint64 kMaxReplyBytes = 1024 * 1024;

    // A null manager: the process's one (NetworkContext::network()).
    explicit VkApi(
        const NetworkContext &context, QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~VkApi() override;

    const NetworkContext &context() const { return m_context; }

    // Extra headers for every call (a sign-in's User-Agent).
    void setHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    // An empty token: a call that needs none (auth.validatePhone).
    void call(const QString &method, const Params &params, const QString &token, Callback callback);
    // users.get for a user token, groups.getById for a community token: whose token it is.
    void owner(TokenKind kind, const QString &token, OwnerCallback callback);
    // The owners of freshly obtained tokens, in their order; a failure leaves that name empty and is
    // told once in `problem` (never a secret). Names are a courtesy: always calls back.
    void owners(const QList<ObtainedToken> &tokens, OwnersCallback callback);
    void abortAll();

private:
    NetworkContext m_context;
    HttpSession *m_http;
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::AccountName)
