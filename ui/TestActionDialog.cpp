#include "TestActionDialog.h"

#include "tools/IocExtractor.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace soar::ui {

TestActionDialog::TestActionDialog(const QString &resource, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, 6, this)), m_summary(new QLabel(tr("Running one dry cycle…"), this))
{
    setObjectName(QStringLiteral("testActionDialog"));
    setWindowTitle(tr("Test Action — %1").arg(resource));
    m_table->setObjectName(QStringLiteral("testActionResults"));
    m_table->setHorizontalHeaderLabels({tr("UID"), tr("Date"), tr("From"), tr("Subject"), tr("Attachments"), tr("IOCs")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_summary->setObjectName(QStringLiteral("testActionSummary"));
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(900, 420);
}

void TestActionDialog::showResults(const QList<daemon::FetchCycle::FetchedMail> &mails, const store::RunRecord &run)
{
    const tools::IocExtractor extractor;
    m_table->setRowCount(int(mails.size()));
    for (int row = 0; row < mails.size(); ++row) {
        const mime::Mail &mail = *mails.at(row).mail;
        const QDateTime date = mail.date.isValid() ? mail.date : mail.internalDate;
        const int iocs = int(extractor.extract(mail.bodyText(), QStringLiteral("body")).size());
        const QStringList values {QString::number(mails.at(row).uid),
            QLocale().toString(date.toLocalTime(), QLocale::ShortFormat),
            mail.from.isEmpty() ? QString() : mail.from.first().address, mail.subject,
            mail.attachmentNames().join(QStringLiteral(", ")), QString::number(iocs)};
        for (int column = 0; column < values.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(values.at(column)));
    }
    m_summary->setText(tr("%1 mail(s) match on the server; %2 dropped by the exact pre-filter check; showing %3. "
                          "Nothing was stored or flagged.")
                           .arg(run.matched)
                           .arg(run.droppedByClientCheck)
                           .arg(mails.size()));
}

void TestActionDialog::showError(const QString &message)
{
    m_summary->setText(tr("<b>The dry run failed:</b> %1").arg(message.toHtmlEscaped()));
}

int TestActionDialog::rowCount() const
{
    return m_table->rowCount();
}

QString TestActionDialog::cell(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace soar::ui
