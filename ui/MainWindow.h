#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QTabWidget;

namespace soar::ui {

// The analyst's main window: resources on the left, their form, mails and log on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void buildMenus();

    QListWidget *m_resources = nullptr;
    QTabWidget *m_pages = nullptr;
    QLabel *m_emptyState = nullptr;
};

} // namespace soar::ui
