#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "Translations.h"
#include "auth/OfficialApps.h"

#include <QPushButton>

namespace vkauth::gui {

SettingsDialog::SettingsDialog(const Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_initial(settings)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();

    m_ui->languageCombo->addItem(tr("System language"), QString());
    for (const QString &language : Translations::available())
        m_ui->languageCombo->addItem(Translations::nativeName(language), language);
    for (const VkDomain domain : {VkDomain::VkRu, VkDomain::VkCom})
        m_ui->domainCombo->addItem(Endpoints::domainName(domain), QVariant::fromValue(int(domain)));
    for (const AppCredentials &app : AppCredentials::official())
        m_ui->defaultAppCombo->addItem(app.displayName, app.key);
    m_ui->proxyTypeCombo->addItem(QStringLiteral("HTTP"), QVariant::fromValue(int(QNetworkProxy::HttpProxy)));
    m_ui->proxyTypeCombo->addItem(
        QStringLiteral("SOCKS5"), QVariant::fromValue(int(QNetworkProxy::Socks5Proxy)));
    m_ui->clipboardSpin->setMaximum(Settings::kMaxClipboardClearSeconds);
    m_ui->timeoutSpin->setRange(Settings::kMinTimeoutSeconds, Settings::kMaxTimeoutSeconds);

    for (QRadioButton *radio : {m_ui->proxySystemRadio, m_ui->proxyNoneRadio, m_ui->proxyManualRadio})
        connect(radio, &QRadioButton::toggled, this, &SettingsDialog::updateProxyFields);
    showValues(settings);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showValues(const Settings &settings)
{
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(settings.language)));
    m_ui->domainCombo->setCurrentIndex(m_ui->domainCombo->findData(int(settings.domain)));
    m_ui->defaultAppCombo->setCurrentIndex(qMax(0, m_ui->defaultAppCombo->findData(settings.defaultApp)));
    m_ui->defaultScopesEdit->setText(settings.defaultScopes);
    m_ui->clipboardSpin->setValue(settings.clipboardClearSeconds);
    m_ui->timeoutSpin->setValue(settings.requestTimeoutSeconds);
    m_ui->proxySystemRadio->setChecked(settings.proxyMode == Settings::ProxyMode::System);
    m_ui->proxyNoneRadio->setChecked(settings.proxyMode == Settings::ProxyMode::None);
    m_ui->proxyManualRadio->setChecked(settings.proxyMode == Settings::ProxyMode::Manual);
    m_ui->proxyTypeCombo->setCurrentIndex(m_ui->proxyTypeCombo->findData(int(settings.proxyType)));
    m_ui->proxyHostEdit->setText(settings.proxyHost);
    m_ui->proxyPortSpin->setValue(settings.proxyPort);
    updateProxyFields();
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = m_ui->proxyManualRadio->isChecked();
    m_ui->proxyTypeCombo->setEnabled(manual);
    m_ui->proxyHostEdit->setEnabled(manual);
    m_ui->proxyPortSpin->setEnabled(manual);
}

Settings SettingsDialog::settings() const
{
    Settings s = m_initial;
    s.language = m_ui->languageCombo->currentData().toString();
    s.domain = VkDomain(m_ui->domainCombo->currentData().toInt());
    s.defaultApp = m_ui->defaultAppCombo->currentData().toString();
    s.defaultScopes = m_ui->defaultScopesEdit->text().trimmed();
    s.clipboardClearSeconds = m_ui->clipboardSpin->value();
    s.requestTimeoutSeconds = m_ui->timeoutSpin->value();
    s.proxyMode = m_ui->proxyManualRadio->isChecked() ? Settings::ProxyMode::Manual
        : m_ui->proxyNoneRadio->isChecked()           ? Settings::ProxyMode::None
                                                      : Settings::ProxyMode::System;
    s.proxyType = QNetworkProxy::ProxyType(m_ui->proxyTypeCombo->currentData().toInt());
    s.proxyHost = m_ui->proxyHostEdit->text().trimmed();
    s.proxyPort = quint16(m_ui->proxyPortSpin->value());
    return s;
}

void SettingsDialog::accept()
{
    const Settings s = settings();
    const QStringList problems = s.validate();
    if (!problems.isEmpty()) {
        m_ui->errorLabel->setText(problems.join(u'\n'));
        m_ui->errorLabel->show();
        return;
    }
    s.save();
    s.applyNetworkProxy();
    Q_EMIT settingsSaved(s);
    QDialog::accept();
}

} // namespace vkauth::gui
