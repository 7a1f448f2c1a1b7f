#pragma once

#include "tools/MailAnalysisReport.h"

#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;

namespace soar::ui {

// Shows a MailAnalysisReport (an attached .eml or .msg): who, what, when, attachments with
// hashes, attached mails in turn, and the indicators found. The same tree for EML and MSG.
class AnalysisReportDialog : public QDialog {
    Q_OBJECT
public:
    AnalysisReportDialog(tools::MailAnalysisReport report, const QString &title, QWidget *parent = nullptr);

private:
    void addReport(QTreeWidgetItem *parent, const tools::MailAnalysisReport &report);

    tools::MailAnalysisReport m_report;
    QTreeWidget *m_tree = nullptr;
};

} // namespace soar::ui
