#include "TestSettingsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace soar::ui {

TestSettingsDialog::TestSettingsDialog(const QString &resource, QWidget *parent)
    : QDialog(parent), m_steps(new QTreeWidget(this)), m_verdict(new QLabel(tr("Testing…"), this))
{
    setObjectName(QStringLiteral("testSettingsDialog"));
    setWindowTitle(tr("Test Saved Settings — %1").arg(resource));
    m_steps->setObjectName(QStringLiteral("testSteps"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Step"), tr("Result")});
    m_steps->setRootIsDecorated(false);
    m_steps->setWordWrap(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_verdict->setObjectName(QStringLiteral("testVerdict"));
    m_verdict->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    resize(640, 360);
}

void TestSettingsDialog::addStep(const daemon::SettingsTester::Step &step)
{
    auto *item = new QTreeWidgetItem(m_steps, {step.title, step.message});
    item->setIcon(0, style()->standardIcon(step.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical));
    item->setToolTip(1, step.message);
    item->setData(0, Qt::UserRole, step.ok);
}

void TestSettingsDialog::finish(bool ok)
{
    m_verdict->setText(ok ? tr("<b>All steps passed.</b> The resource is ready to fetch mail.")
                          : tr("<b>The test failed</b> at the step marked with a cross; its message says what to change."));
}

} // namespace soar::ui
