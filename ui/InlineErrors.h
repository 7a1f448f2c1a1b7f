#pragma once

#include "settings/SettingsIssue.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace soar::ui {

// Puts the validator's message right under the field it is about. Pages register their rows
// with the settings key (e.g. "imap.port"); show() fills and reveals the matching labels.
class InlineErrors {
    Q_DECLARE_TR_FUNCTIONS(InlineErrors)
public:
    // Adds "label: field" and a hidden error row below it to form.
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key, QWidget *buddy = nullptr);

    // Returns the issues that no registered field shows (for a general message).
    QList<settings::SettingsIssue> show(const QList<settings::SettingsIssue> &issues);

    QWidget *field(const QString &key) const;

private:
    struct Row {
        QPointer<QFormLayout> form;
        QPointer<QWidget> field;
        QPointer<QLabel> error;
    };
    QHash<QString, Row> m_rows;
};

} // namespace soar::ui
