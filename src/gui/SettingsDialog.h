#pragma once

#include "Settings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace vkauth::gui {

// Edits the app's Settings. OK validates the fields, saves them and applies the proxy at once; the
// language is used from the next start (the windows built from .ui files are not re-translated live).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const Settings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Settings settings() const; // what the fields say now

    void accept() override;

Q_SIGNALS:
    void settingsSaved(const vkauth::Settings &settings);

private:
    void showValues(const Settings &settings);
    void updateProxyFields();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings m_initial;
};

} // namespace vkauth::gui
