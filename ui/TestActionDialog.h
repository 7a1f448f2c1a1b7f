#pragma once

#include "daemon/FetchCycle.h"
#include "store/RunRecord.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace soar::ui {

// Test Action: the mails one dry run of the Incoming Mail Daemon would fetch (up to 20),
// parsed and shown; nothing was stored or flagged.
class TestActionDialog : public QDialog {
    Q_OBJECT
public:
    explicit TestActionDialog(const QString &resource, QWidget *parent = nullptr);

    void showResults(const QList<daemon::FetchCycle::FetchedMail> &mails, const store::RunRecord &run);
    void showError(const QString &message);
    int rowCount() const;
    QString cell(int row, int column) const;

private:
    QTableWidget *m_table;
    QLabel *m_summary;
};

} // namespace soar::ui
