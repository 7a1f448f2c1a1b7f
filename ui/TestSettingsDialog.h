#pragma once

#include "daemon/SettingsTester.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace soar::ui {

// Shows Test Saved Settings as it runs: one line per step with a tick or a cross and the
// message, and the verdict at the end.
class TestSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit TestSettingsDialog(const QString &resource, QWidget *parent = nullptr);

    void addStep(const daemon::SettingsTester::Step &step);
    void finish(bool ok);

private:
    QTreeWidget *m_steps;
    QLabel *m_verdict;
};

} // namespace soar::ui
