#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QToolButton;
class QPushButton;

namespace soar::ui {

class LogFilterProxy;
class LogModel;

// The live log: level filter, search, pause autoscroll, copy selected lines, open the log folder.
class LogView : public QWidget {
    Q_OBJECT
public:
    LogView(LogModel *model, QString logDir, QWidget *parent = nullptr);

    // The selected rows as log lines, oldest first.
    QString selectedLines() const;

public slots:
    void copySelection() const;
    void openLogFolder() const;

private:
    LogModel *m_model;
    QString m_logDir;
    LogFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_pause = nullptr;
};

} // namespace soar::ui
