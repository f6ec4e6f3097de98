// SPDX-License-Identifier: MIT
// fakevk-server: the loopback fake of VK as a process, for the fidelity test and for trying the
// app by hand (VKAUTH_OAUTH_URL=... scripts/run). Prints its base URL once listening.

#include "FakeVk.h"
#include "FakeVkId.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fakevk-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loopback fake of VK's OAuth, login, site and API hosts."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("Port on 127.0.0.1 (0 = any)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption accountsOption(QStringLiteral("accounts"),
        QStringLiteral("JSON file: an array of accounts (see README.md)."), QStringLiteral("FILE"));
    const QCommandLineOption domainOption(QStringLiteral("public-domain"),
        QStringLiteral("Write https://oauth.<domain>/... URLs into replies "
                       "(for clients behind a TLS terminator)."),
        QStringLiteral("DOMAIN"));
    const QCommandLineOption controlOption(
        QStringLiteral("control"), QStringLiteral("Enable the /_fakevk/reset|accounts|clients endpoints."));
    const QCommandLineOption captchaOption(QStringLiteral("captcha-key"),
        QStringLiteral("Captcha answer (default fake42)."), QStringLiteral("KEY"));
    const QCommandLineOption vkIdOption(QStringLiteral("vkid-client"),
        QStringLiteral("Register a VK ID app: its id and its redirect URLs, e.g. "
                       "51234567=http://127.0.0.1:53682/vkid (comma-separated; repeatable)."),
        QStringLiteral("ID=URLS"));
    parser.addOptions({portOption, accountsOption, domainOption, controlOption, captchaOption, vkIdOption});
    parser.process(app);

    QTextStream err(stderr);
    fakevk::FakeVk fake;
    if (parser.isSet(accountsOption)) {
        QFile file(parser.value(accountsOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "cannot read " << file.fileName() << Qt::endl;
            return 2;
        }
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isArray()) {
            err << file.fileName() << ": expected a JSON array of accounts (" << parseError.errorString()
                << ")" << Qt::endl;
            return 2;
        }
        for (const auto &value : doc.array()) {
            QString error;
            const auto account = fakevk::FakeVk::accountFromJson(value.toObject(), &error);
            if (!account) {
                err << file.fileName() << ": " << error << Qt::endl;
                return 2;
            }
            fake.addAccount(*account);
        }
    }
    if (parser.isSet(domainOption))
        fake.setPublicDomain(parser.value(domainOption));
    if (parser.isSet(captchaOption))
        fake.setCaptchaKey(parser.value(captchaOption));
    fake.setControlEnabled(parser.isSet(controlOption));
    for (const QString &client : parser.values(vkIdOption)) {
        const QString id = client.section(u'=', 0, 0);
        const QStringList redirects = client.section(u'=', 1).split(u',', Qt::SkipEmptyParts);
        if (id.isEmpty() || redirects.isEmpty()) {
            err << "--vkid-client needs ID=URL[,URL], got " << client << Qt::endl;
            return 2;
        }
        fake.vkid().registerClient(id, redirects);
    }

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535 || !fake.start(quint16(port))) {
        err << "cannot listen on 127.0.0.1:" << parser.value(portOption) << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << fake.baseUrl().toString() << Qt::endl;
    return app.exec();
}
