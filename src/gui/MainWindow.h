#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace vkauth::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

Q_SIGNALS:
    void signInRequested();

private:
    void showAbout();
    void showSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace vkauth::gui
