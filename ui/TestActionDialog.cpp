#include "TestActionDialog.h"

#include "tools/IocExtractor.h"

#include <QJsonObject>

#include "daemon/SoarSettingsMapping.h" // last: see its comment

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace soar::ui {

TestActionDialog::TestActionDialog(const QString &resource, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_summary(new QLabel(tr("Running one dry cycle…"), this)),
      m_incident(new QLabel(this))
{
    setObjectName(QStringLiteral("testActionDialog"));
    setWindowTitle(tr("Test Action — %1").arg(resource));
    m_table->setObjectName(QStringLiteral("testActionResults"));
    m_table->setHorizontalHeaderLabels(
        {tr("UID"), tr("Date"), tr("From"), tr("Subject"), tr("Attachments"), tr("IOCs"), tr("Cloud SOAR incident")});
    m_table->horizontalHeader()->resizeSection(SubjectColumn, 240);
    m_table->horizontalHeader()->setSectionResizeMode(IncidentColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_summary->setObjectName(QStringLiteral("testActionSummary"));
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_incident->setObjectName(QStringLiteral("testActionIncident"));
    m_incident->setWordWrap(true);
    m_incident->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem *item = m_table->item(row, IncidentColumn);
        m_incident->setText(item ? item->toolTip() : QString());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_incident);
    layout->addWidget(buttons);
    resize(1100, 420);
}

namespace {

// The mail as the daemon hands it to Cloud SOAR once stored (the mail id is given then).
::soar::soar::MailSummaryForSoar summaryOf(const mime::Mail &mail, const tools::IocCollection &iocs, const QString &mailId)
{
    ::soar::soar::MailSummaryForSoar summary;
    summary.mailId = mailId;
    summary.messageId = mail.messageId.toUtf8();
    summary.subject = mail.subject;
    summary.from = mail.from.isEmpty() ? QString() : mail.from.first().address;
    summary.to = mail.addressStrings(mime::Mail::AddressKind::To);
    summary.date = mail.date.isValid() ? mail.date : mail.internalDate;
    summary.attachmentNames = mail.attachmentNames();
    for (const tools::Ioc &ioc : iocs.items())
        summary.iocLines << tools::Ioc::kindName(ioc.kind) + QStringLiteral(": ") + ioc.normalized;
    summary.rawSha256Hex = mail.rawSha256.toLatin1();
    return summary;
}

} // namespace

void TestActionDialog::showResults(const QList<daemon::FetchCycle::FetchedMail> &mails, const store::RunRecord &run)
{
    const tools::IocExtractor extractor;
    std::optional<::soar::soar::IncidentRule> rule;
    if (m_resource && m_resource->soar.createsIncidents()) {
        if (auto made = daemon::SoarSettingsMapping::incidentRule(*m_resource); made.ok())
            rule = made.value();
    }
    m_table->setRowCount(int(mails.size()));
    for (int row = 0; row < mails.size(); ++row) {
        const mime::Mail &mail = *mails.at(row).mail;
        const QDateTime date = mail.date.isValid() ? mail.date : mail.internalDate;
        const tools::IocCollection iocs = extractor.extract(mail.bodyText(), QStringLiteral("body"));
        QString incident = tr("none: the resource has no incident template, mail stays in the local store");
        QString incidentDetail = incident;
        if (rule) {
            const QJsonObject body = rule->requestBody(summaryOf(mail, iocs, tr("(its mail id once stored)")));
            const QJsonObject fields = body.value(QStringLiteral("fields")).toObject();
            QStringList brief, lines;
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                const QString value = it.value().toVariant().toString();
                brief << QStringLiteral("%1 = %2").arg(it.key(), value.simplified().left(60));
                lines << QStringLiteral("%1 = %2").arg(it.key(), value);
            }
            incident = tr("template %1: %2").arg(rule->templateId).arg(brief.join(QStringLiteral("; ")));
            incidentDetail = tr("Incident from template %1\n%2").arg(rule->templateId).arg(lines.join(QLatin1Char('\n')));
        }
        const QStringList values {QString::number(mails.at(row).uid),
            QLocale().toString(date.toLocalTime(), QLocale::ShortFormat),
            mail.from.isEmpty() ? QString() : mail.from.first().address, mail.subject,
            mail.attachmentNames().join(QStringLiteral(", ")), QString::number(iocs.size()), incident};
        for (int column = 0; column < values.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(values.at(column)));
        m_table->item(row, IncidentColumn)->setToolTip(incidentDetail);
    }
    if (!mails.isEmpty())
        m_table->setCurrentCell(0, 0);
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

} // namespace soar::ui
