// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace vkauth::gui {

// Help → About: the version, what the app is for, and the licences of the libraries it is built on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The licence notices shown, as HTML (one entry per library).
    static QString licensesHtml();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace vkauth::gui
