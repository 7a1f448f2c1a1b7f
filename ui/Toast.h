#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace soar::ui {

// A short notice in the bottom-right corner of a window that hides itself after a few
// seconds: the result of Test Saved Settings, like the notification analysts know from the
// SOAR web app.
class Toast : public QFrame {
    Q_OBJECT
public:
    explicit Toast(QWidget *window);

    void showMessage(const QString &text, bool isError, int milliseconds = 6000);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QLabel *m_label;
    QTimer *m_timer;
};

} // namespace soar::ui
