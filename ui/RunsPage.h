#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace soar::store {
class MailStore;
}

namespace soar::ui {

// The Runs tab: the run history of every resource, newest first, with its counters (matched,
// downloaded, stored, delivered to Cloud SOAR, failed) and the error of a failed run.
class RunsPage : public QWidget {
    Q_OBJECT
public:
    enum Column {
        ResourceColumn,
        StartColumn,
        EndColumn,
        MatchedColumn,
        DownloadedColumn,
        StoredColumn,
        DeliveredColumn,
        FailedColumn,
        ErrorColumn,
        ColumnCount
    };

    explicit RunsPage(store::MailStore *store, QWidget *parent = nullptr);

public slots:
    // Re-reads the history (a run finished, mail was delivered).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    store::MailStore *m_store;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace soar::ui
