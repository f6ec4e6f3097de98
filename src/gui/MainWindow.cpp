#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "Resources.h"
#include "SettingsDialog.h"

#include <QApplication>

namespace vkauth::gui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/vkauth.svg")));
    QFont titleFont = m_ui->emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->emptyTitle->setFont(titleFont);
    m_ui->emptyHint->setMaximumWidth(520);
    m_ui->emptyLayout->setAlignment(m_ui->emptyHint, Qt::AlignHCenter);

    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signInRequested);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &MainWindow::signInRequested);
}

MainWindow::~MainWindow() = default;

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(Settings::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace vkauth::gui
