// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

#include <csignal>
#include <utility>

namespace {

constexpr int kOwnKeyringWaitMs = 30000;

// A D-Bus session bus and a gnome-keyring of this test's own, so that the keyring can really go away
// in the middle of an import and come back with its entries. The bus activates nothing: with the
// keyring stopped, every keychain call fails at once (no daemon is started behind our back).
class OwnKeyring
{
public:
    explicit OwnKeyring(QByteArray password = QByteArrayLiteral("vkauth-own-keyring"))
        : m_password(std::move(password))
    {
    }

    bool start(const QString &root)
    {
        m_root = root;
        QDir().mkpath(root + QStringLiteral("/home"));
        QDir().mkpath(root + QStringLiteral("/runtime"));
        QFile::setPermissions(root + QStringLiteral("/runtime"),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_address = QStringLiteral("unix:path=%1/bus").arg(root);
        QFile config(root + QStringLiteral("/bus.conf"));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        const QString busConfig = QStringLiteral(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig>\n"
            "  <type>session</type>\n"
            "  <listen>%1</listen>\n"
            "  <auth>EXTERNAL</auth>\n"
            "  <policy context=\"default\">\n"
            "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
            "    <allow eavesdrop=\"true\"/>\n"
            "    <allow own=\"*\"/>\n"
            "  </policy>\n"
            "</busconfig>\n");
        config.write(busConfig.arg(m_address).toUtf8());
        config.close();
        m_bus.setProgram(QStringLiteral("dbus-daemon"));
        m_bus.setArguments(
            {QStringLiteral("--nofork"), QStringLiteral("--config-file=") + config.fileName()});
        m_bus.start();
        if (!m_bus.waitForStarted())
            return false;
        if (!QTest::qWaitFor([&] { return QFile::exists(root + QStringLiteral("/bus")); }, kOwnKeyringWaitMs))
            return false;
        return startKeyring();
    }

    bool startKeyring()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_root + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_root + QStringLiteral("/runtime"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_root + QStringLiteral("/home/.local/share"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        env.remove(QStringLiteral("DISPLAY")); // no unlock prompt may ever wait for a person
        m_keyring.setProcessEnvironment(env);
        m_keyring.setProgram(QStringLiteral("gnome-keyring-daemon"));
        m_keyring.setArguments({QStringLiteral("--foreground"), QStringLiteral("--unlock"),
            QStringLiteral("--components=secrets")});
        m_keyring.setStandardOutputFile(QProcess::nullDevice());
        m_keyring.start();
        if (!m_keyring.waitForStarted())
            return false;
        m_keyring.write(m_password);
        m_keyring.closeWriteChannel();
        return QTest::qWaitFor([this] { return keyringOnBus(); }, kOwnKeyringWaitMs);
    }

    void stopKeyring()
    {
        m_keyring.kill();
        m_keyring.waitForFinished();
        if (!QTest::qWaitFor([this] { return !keyringOnBus(); }, kOwnKeyringWaitMs))
            qWarning("the keyring is still on the bus");
    }

    // A keyring that hangs (as one waiting for an unlock prompt does), and one that answers again.
    void pauseKeyring() { ::kill(pid_t(m_keyring.processId()), SIGSTOP); }
    void resumeKeyring() { ::kill(pid_t(m_keyring.processId()), SIGCONT); }

    void stop()
    {
        stopKeyring();
        m_bus.kill();
        m_bus.waitForFinished();
    }

    QString address() const { return m_address; }

    bool keyringOnBus() const
    {
        const QByteArray out = run(QStringLiteral("dbus-send"),
            {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                QStringLiteral("string:org.freedesktop.secrets")});
        return out.contains("boolean true");
    }

    // What the keychain holds for a key, read by a separate process (secret-tool), so the check does not
    // depend on this process's keychain connection; empty = no entry.
    QByteArray lookup(const QString &service, const QString &key) const
    {
        return run(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    }

private:
    QByteArray run(const QString &program, const QStringList &args) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        env.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(program, args);
        process.waitForFinished(kOwnKeyringWaitMs);
        return process.readAllStandardOutput();
    }

    QByteArray m_password;
    QString m_root;
    QString m_address;
    QProcess m_bus;
    QProcess m_keyring;
};

} // namespace
