#include "Toast.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>

namespace soar::ui {

Toast::Toast(QWidget *window) : QFrame(window), m_label(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("toast"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("toastText"));
    m_label->setWordWrap(true);
    // Colours that read on light and dark palettes alike.
    setStyleSheet(QStringLiteral("#toast { background: #1e7b34; border-radius: 6px; } "
                                 "#toast[error=\"true\"] { background: #b3261e; } QLabel { color: white; }"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    window->installEventFilter(this);
    hide();
}

void Toast::showMessage(const QString &text, bool isError, int milliseconds)
{
    m_label->setText(text);
    // The style sheet colours by this property: red for an error, green otherwise.
    setProperty("error", isError);
    style()->unpolish(this);
    style()->polish(this);
    setFixedWidth(360);
    adjustSize();
    place();
    show();
    raise();
    m_timer->start(milliseconds);
}

bool Toast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void Toast::place()
{
    const QWidget *window = parentWidget();
    const int margin = 16;
    move(window->width() - width() - margin, window->height() - height() - margin - 24);
}

} // namespace soar::ui
