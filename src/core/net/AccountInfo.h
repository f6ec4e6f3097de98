#pragma once

#include "auth/AuthResult.h"
#include "net/Endpoints.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace vkauth {

// Who a token belongs to, as VK names it: "Ivan Petrov", or a community's name.
struct AccountName
{
    TokenKind kind = TokenKind::User;
    qint64 vkId = 0;
    QString name; // empty when VK would not say
    QString screenName; // "id1", "club1", a short name; may be empty
};

// Asks VK who owns each freshly obtained token (users.get, groups.getById) so a front can show names.
// Names are a courtesy: a failure leaves the name empty and is reported once, never as a secret.
class AccountInfo : public QObject
{
    Q_OBJECT
public:
    AccountInfo(const Endpoints &endpoints, const QString &apiVersion, int timeoutMs,
        QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~AccountInfo() override;

    void fetch(const QList<ObtainedToken> &tokens); // then exactly one finished()
    void cancel(); // finished() follows with what is known

Q_SIGNALS:
    // One entry per token, in the same order; problem is empty when every name was read.
    void finished(const QList<vkauth::AccountName> &names, const QString &problem);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::AccountName)
