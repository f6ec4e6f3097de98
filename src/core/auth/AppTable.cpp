// SPDX-License-Identifier: MIT
#include "auth/AppTable.h"

#include "auth/Scopes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcApps, "vkauth.apps")

namespace vkauth {

namespace {

// The built-in names and notes as translatable texts, in the "AppTable" context. They must equal
// resources/apps.json word for word: only those are translated; a user's override text is shown as
// written (tst_apptable checks that every built-in text has its row here).
struct AppText
{
    const char *key;
    const char *name;
    const char *note;
};

const AppText kAppTexts[] = {
    {"android", QT_TRANSLATE_NOOP("AppTable", "VK for Android"),
        QT_TRANSLATE_NOOP("AppTable",
            "Send with an Android User-Agent: VK has frozen accounts that used it with a desktop one.")},
    {"windows", QT_TRANSLATE_NOOP("AppTable", "VK for Windows"), nullptr},
    {"windowsPhone", QT_TRANSLATE_NOOP("AppTable", "VK for Windows Phone"), nullptr},
    {"iphone", QT_TRANSLATE_NOOP("AppTable", "VK for iPhone"), nullptr},
    {"ipad", QT_TRANSLATE_NOOP("AppTable", "VK for iPad"), nullptr},
    {"vkMe", QT_TRANSLATE_NOOP("AppTable", "VK Me"), nullptr},
    {"kateMobile", QT_TRANSLATE_NOOP("AppTable", "Kate Mobile"),
        QT_TRANSLATE_NOOP("AppTable",
            "VK may refuse some methods with its tokens (API error 25, token confirmation required).")},
    {"vkAdmin", QT_TRANSLATE_NOOP("AppTable", "VK Admin"),
        QT_TRANSLATE_NOOP("AppTable",
            "VK answers \"application is blocked\" on /authorize, and its old tokens stopped working too.")},
};

const char *sourceText(const QString &key, const QString &text)
{
    for (const AppText &t : kAppTexts) {
        if (key != QLatin1String(t.key))
            continue;
        for (const char *source : {t.name, t.note}) {
            if (source && text == QLatin1String(source))
                return source;
        }
    }
    return nullptr;
}

// The built-in text translated when it is the table's own source text; anything else as written.
QString translated(const QString &key, const QString &text)
{
    const char *source = sourceText(key, text);
    return source ? QCoreApplication::translate("AppTable", source) : text;
}

// Applies the fields `entry` names onto `app`. Returns an error for people, or empty.
QString apply(AppCredentials &app, const QJsonObject &entry)
{
    static const QStringList known {QStringLiteral("key"), QStringLiteral("name"),
        QStringLiteral("client_id"), QStringLiteral("client_secret"), QStringLiteral("user_agent"),
        QStringLiteral("flows"), QStringLiteral("scopes"), QStringLiteral("status"), QStringLiteral("since"),
        QStringLiteral("note"), QStringLiteral("source")};
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (!known.contains(it.key()))
            return QCoreApplication::translate("AppTable", "unknown field \"%1\"").arg(it.key());
        if (it.key() != QLatin1String("flows") && it.key() != QLatin1String("scopes") && !it->isString())
            return QCoreApplication::translate("AppTable", "\"%1\" must be a string").arg(it.key());
    }
    const auto text = [&entry](const char *name) { return entry.value(QLatin1String(name)).toString(); };
    if (entry.contains(QLatin1String("name")))
        app.displayName = text("name");
    if (entry.contains(QLatin1String("client_id")))
        app.clientId = text("client_id");
    if (entry.contains(QLatin1String("client_secret")))
        app.clientSecret = text("client_secret");
    if (entry.contains(QLatin1String("user_agent")))
        app.userAgent = text("user_agent");
    if (entry.contains(QLatin1String("since")))
        app.since = text("since");
    if (entry.contains(QLatin1String("note")))
        app.note = text("note");
    if (entry.contains(QLatin1String("source")))
        app.source = text("source");
    if (entry.contains(QLatin1String("status"))) {
        const auto status = AppCredentials::statusFromName(text("status"));
        if (!status)
            return QCoreApplication::translate("AppTable", "status \"%1\" is not works, blocked or disabled")
                .arg(text("status"));
        app.status = *status;
    }
    if (entry.contains(QLatin1String("flows"))) {
        const QJsonArray flows = entry.value(QLatin1String("flows")).toArray();
        app.directLogin = flows.contains(QStringLiteral("direct"));
        app.browserLogin = flows.contains(QStringLiteral("browser"));
        if (!entry.value(QLatin1String("flows")).isArray() || (!app.directLogin && !app.browserLogin))
            return QCoreApplication::translate(
                "AppTable", "\"flows\" must list \"direct\" and/or \"browser\"");
    }
    if (entry.contains(QLatin1String("scopes"))) {
        const QJsonValue scopes = entry.value(QLatin1String("scopes"));
        QStringList names;
        for (const QJsonValue &v : scopes.toArray())
            names << v.toString();
        const ScopeParseResult parsed = scopes.isString() ? Scopes::parse(scopes.toString(), ScopeKind::User)
                                                          : Scopes::parse(names, ScopeKind::User);
        if (!parsed.mask)
            return QCoreApplication::translate("AppTable", "\"scopes\": %1").arg(parsed.error);
        app.userScopes = *parsed.mask;
    }
    if (app.clientId.isEmpty() || !app.clientId.front().isDigit())
        return QCoreApplication::translate("AppTable", "\"client_id\" must be a number");
    if (app.directLogin && app.clientSecret.isEmpty())
        return QCoreApplication::translate("AppTable", "a \"direct\" app needs its \"client_secret\"");
    return {};
}

// Merges the entries of `json` into `apps`. Returns an error for people, or empty.
QString merge(QList<AppCredentials> &apps, const QByteArray &json, bool builtIn)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QCoreApplication::translate("AppTable", "not JSON (%1 at offset %2)")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    if (!doc.isObject() || !doc.object().value(QLatin1String("apps")).isArray())
        return QCoreApplication::translate("AppTable", "expected an object with an \"apps\" array");
    QList<AppCredentials> merged = apps;
    const QJsonArray entries = doc.object().value(QLatin1String("apps")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString key = entry.value(QLatin1String("key")).toString();
        if (!entries.at(i).isObject() || key.isEmpty() || key == QLatin1String("custom"))
            return QCoreApplication::translate("AppTable", "entry %1 has no \"key\"").arg(i + 1);
        auto it = std::find_if(
            merged.begin(), merged.end(), [&key](const AppCredentials &a) { return a.key == key; });
        if (it == merged.end()) {
            AppCredentials added;
            added.key = key;
            added.displayName = key;
            added.directLogin = false;
            it = merged.insert(merged.end(), added);
        }
        const QString error = apply(*it, entry);
        if (!error.isEmpty())
            return QCoreApplication::translate("AppTable", "entry \"%1\": %2").arg(key, error);
        if (builtIn) {
            it->displayName = translated(key, it->displayName);
            it->note = translated(key, it->note);
        }
    }
    apps = merged;
    return {};
}

} // namespace

bool AppTable::isTranslatable(const QString &key, const QString &text)
{
    return sourceText(key, text) != nullptr;
}

AppTable AppTable::fromJson(
    const QByteArray &builtIn, const QByteArray &override, const QString &overrideName)
{
    AppTable table;
    const QString builtInError = merge(table.apps, builtIn, true);
    if (!builtInError.isEmpty())
        table.warnings << QCoreApplication::translate("AppTable", "The built-in app table is broken: %1")
                              .arg(builtInError);
    if (override.isEmpty())
        return table;
    const QString error = merge(table.apps, override, false);
    if (!error.isEmpty())
        table.warnings << QCoreApplication::translate(
            "AppTable", "%1 was ignored (the built-in app table is used): %2")
                              .arg(
                                  overrideName.isEmpty() ? QStringLiteral("apps.json") : overrideName, error);
    return table;
}

AppTable AppTable::load(const QString &builtInPath, const QString &overridePath)
{
    QFile builtIn(builtInPath);
    const QByteArray builtInJson = builtIn.open(QIODevice::ReadOnly) ? builtIn.read(1 << 20) : QByteArray();
    QByteArray overrideJson;
    QFile override(overridePath);
    if (!overridePath.isEmpty() && override.exists()) {
        // A file that exists but reads as nothing still counts as malformed.
        overrideJson = override.open(QIODevice::ReadOnly) ? override.read(1 << 20) : QByteArray();
        if (overrideJson.trimmed().isEmpty())
            overrideJson = " ";
    }
    AppTable table = fromJson(builtInJson, overrideJson, overridePath);
    for (const QString &warning : std::as_const(table.warnings))
        qCWarning(lcApps).noquote() << warning;
    return table;
}

const AppTable &AppTable::global()
{
    static const AppTable table = load(QStringLiteral(":/vkauth/apps.json"), overridePath());
    return table;
}

QString AppTable::overridePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/apps.json");
}

std::optional<AppCredentials> AppTable::find(const QString &key) const
{
    for (const AppCredentials &app : apps) {
        if (app.key.compare(key, Qt::CaseInsensitive) == 0)
            return app;
    }
    return std::nullopt;
}

QList<AppCredentials> AppTable::suggestions(quint32 userScope, bool direct, const QString &except) const
{
    QList<AppCredentials> browserOnly;
    QList<AppCredentials> both;
    for (const AppCredentials &app : apps) {
        if (!app.works() || app.key == except || (direct ? !app.directLogin : !app.browserLogin))
            continue;
        if (userScope != 0 && (app.userScopes & userScope) != userScope)
            continue;
        (app.directLogin ? both : browserOnly) << app;
    }
    // For the browser, the browser apps people use come first (Kate Mobile instead of VK Admin).
    return browserOnly + both;
}

} // namespace vkauth
