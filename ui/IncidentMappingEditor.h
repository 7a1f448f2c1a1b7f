#pragma once

#include "settings/IncidentFieldRow.h"

#include <QWidget>

class QTableWidget;

namespace soar::ui {

// The incident rule's field mapping as a table the analyst edits: each row takes one value of
// the mail (a fixed list) into a Cloud SOAR incident field named freely. "Restore defaults"
// brings back mail id -> the mail id field, subject -> description, date -> starttime,
// summary -> additional_info.
class IncidentMappingEditor : public QWidget {
    Q_OBJECT
public:
    explicit IncidentMappingEditor(QWidget *parent = nullptr);

    // Empty rows: the default mapping for mailIdField.
    void load(const QList<settings::IncidentFieldRow> &rows, const QString &mailIdField);
    QList<settings::IncidentFieldRow> rows() const;
    static QList<settings::IncidentFieldRow> defaultRows(const QString &mailIdField);

    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    void addRow(const QString &source, const QString &field);
    void restoreDefaults();

    QTableWidget *m_table = nullptr;
    QString m_mailIdField;
};

} // namespace soar::ui
