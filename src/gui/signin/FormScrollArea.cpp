// SPDX-License-Identifier: MIT
#include "signin/FormScrollArea.h"

#include <QEvent>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace vkauth::gui {

namespace {

class FittingScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        QSize size = widget() ? widget()->sizeHint() : QSize();
        // Wrapped labels are taller at the hint's width than their own hint says.
        if (widget() && widget()->hasHeightForWidth())
            size.setHeight(qMax(size.height(), widget()->heightForWidth(size.width())));
        size += QSize(2 * frameWidth(), 2 * frameWidth());
        if (const QScreen *s = screen()) {
            // Room for the title bar and the button row below.
            const QSize room = s->availableGeometry().size() - QSize(48, 160);
            if (size.height() > room.height())
                size.setWidth(size.width() + verticalScrollBar()->sizeHint().width());
            size = size.boundedTo(room);
        }
        return size;
    }
    // As tall as the hint: QWidget::adjustSize() would cut a window to 2/3 of the screen, and the
    // form would scroll at 1× too. The hint already stops at what the screen has room for.
    QSize minimumSizeHint() const override { return QSize(0, sizeHint().height()); }

protected:
    // The form's rows change (another method, Advanced): QScrollArea reacts only to the form's resize,
    // so it kept the form at its old height — rows of check boxes overlapped — and the dialog's layout
    // kept the old hints. setWidgetResizable() is its public way to lay the form out again (it also
    // updates the hints).
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const bool relayout = watched == widget() && event->type() == QEvent::LayoutRequest;
        const bool result = QScrollArea::eventFilter(watched, event);
        if (relayout)
            setWidgetResizable(true);
        return result;
    }
};

} // namespace

QScrollArea *wrapInFittingScrollArea(QVBoxLayout *layout, QWidget *keep)
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    QList<QLayoutItem *> kept;
    while (layout->count() > 0) {
        QLayoutItem *item = layout->takeAt(0);
        if (item->widget() == keep) {
            kept << item;
        } else if (QWidget *w = item->widget()) {
            contentLayout->addWidget(w);
            delete item;
        } else if (QLayout *l = item->layout()) {
            l->setParent(nullptr); // takeAt() leaves the old parent, and addLayout() refuses a parented one
            contentLayout->addLayout(l);
        } else {
            contentLayout->addItem(item);
        }
    }
    auto *scroll = new FittingScrollArea(layout->parentWidget());
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes through the form's fields, not the area
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    for (QLayoutItem *item : kept)
        layout->addItem(item);
    return scroll;
}

} // namespace vkauth::gui
