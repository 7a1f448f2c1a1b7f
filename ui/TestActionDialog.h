#pragma once

#include "daemon/FetchCycle.h"
#include "settings/ResourceSettings.h"
#include "store/RunRecord.h"

#include <QDialog>

#include <optional>

class QLabel;
class QTableWidget;

namespace soar::ui {

// Test Action: the mails one dry run of the Incoming Mail Daemon would fetch (up to 20),
// parsed and shown; nothing was stored or flagged. With an incident rule, each row also shows
// the incident the daemon would create for the mail: its template and every mapped field (in
// full below the table for the selected mail).
class TestActionDialog : public QDialog {
    Q_OBJECT
public:
    explicit TestActionDialog(const QString &resource, QWidget *parent = nullptr);

    enum Column { UidColumn, DateColumn, FromColumn, SubjectColumn, AttachmentsColumn, IocsColumn, IncidentColumn, ColumnCount };

    // Its incident rule fills the Cloud SOAR incident column.
    void setResource(const settings::ResourceSettings &resource) { m_resource = resource; }
    void showResults(const QList<daemon::FetchCycle::FetchedMail> &mails, const store::RunRecord &run);
    void showError(const QString &message);

private:
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_incident; // the selected mail's incident, field by field
    std::optional<settings::ResourceSettings> m_resource;
};

} // namespace soar::ui
