// SPDX-License-Identifier: MIT
// The floor for start-up figures: a bare Qt Widgets window with a menu, a list and a label that saves
// a picture of itself after its first paint and quits, as "vkauth --screenshot FILE" does.
//   bench_floor FILE
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPixmap>
#include <QTimer>
#include <QVBoxLayout>

namespace {

class FloorWindow : public QMainWindow
{
public:
    explicit FloorWindow(const QString &path)
        : m_path(path)
    {
        menuBar()
            ->addMenu(QStringLiteral("&File"))
            ->addAction(QStringLiteral("&Quit"), this, &QWidget::close);
        auto *central = new QWidget(this);
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(new QListWidget(central));
        layout->addWidget(new QLabel(QStringLiteral("Floor"), central));
        setCentralWidget(central);
        resize(900, 600);
    }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, this, [this] { QApplication::exit(grab().save(m_path) ? 0 : 1); });
        }
        return QMainWindow::event(event);
    }

private:
    QString m_path;
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    FloorWindow window(app.arguments().at(1));
    window.show();
    return app.exec();
}
