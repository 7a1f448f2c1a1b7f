#pragma once

#include <QWidget>

#include <initializer_list>

namespace soar::ui {

// QWidget::setTabOrder for a whole chain (the initializer-list overload needs Qt 6.6).
inline void setTabOrderChain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace soar::ui
