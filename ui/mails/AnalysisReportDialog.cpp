#include "mails/AnalysisReportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace soar::ui {

namespace {

QString addressText(const tools::MailAnalysisInput::Address &a)
{
    if (a.name.isEmpty())
        return a.email;
    return a.email.isEmpty() ? a.name : QStringLiteral("%1 <%2>").arg(a.name, a.email);
}

QString addressList(const QList<tools::MailAnalysisInput::Address> &list)
{
    QStringList out;
    for (const auto &a : list)
        out << addressText(a);
    return out.join(QStringLiteral(", "));
}

QTreeWidgetItem *row(QTreeWidgetItem *parent, const QString &name, const QString &value = {})
{
    return new QTreeWidgetItem(parent, {name, value});
}

} // namespace

AnalysisReportDialog::AnalysisReportDialog(tools::MailAnalysisReport report, const QString &title, QWidget *parent)
    : QDialog(parent), m_report(std::move(report))
{
    setObjectName(QStringLiteral("analysisReportDialog"));
    setWindowTitle(tr("Analysis of %1").arg(title));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("analysisTree"));
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    addReport(m_tree->invisibleRootItem(), m_report);
    m_tree->expandToDepth(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy as &JSON"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("analysisCopyJson"));
    connect(copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(m_report.toJson()).toJson())); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(720, 560);
}

void AnalysisReportDialog::addReport(QTreeWidgetItem *parent, const tools::MailAnalysisReport &report)
{
    QTreeWidgetItem *summary = row(parent, tr("Mail"), report.format.toUpper());
    row(summary, tr("Subject"), report.subject);
    row(summary, tr("From"), addressText(report.from));
    row(summary, tr("To"), addressList(report.to));
    if (!report.cc.isEmpty())
        row(summary, tr("Cc"), addressList(report.cc));
    if (!report.bcc.isEmpty())
        row(summary, tr("Bcc"), addressList(report.bcc));
    row(summary, tr("Date"), QLocale().toString(report.date.toLocalTime(), QLocale::LongFormat));
    row(summary, tr("Message-ID"), report.messageId);
    if (!report.messageClass.isEmpty())
        row(summary, tr("Message class"), report.messageClass);
    row(summary, tr("Text body"), tr("%n character(s)", nullptr, int(report.textBodyChars)));
    row(summary, tr("HTML body"), tr("%n character(s)", nullptr, int(report.htmlBodyChars)));
    if (!report.defects.isEmpty()) {
        QTreeWidgetItem *defects = row(summary, tr("Defects"), QString::number(report.defects.size()));
        for (const QString &defect : report.defects)
            row(defects, QString(), defect);
    }

    QTreeWidgetItem *attachments = row(parent, tr("Attachments"), QString::number(report.attachments.size()));
    for (const tools::MailAnalysisReport::Attachment &a : report.attachments) {
        QTreeWidgetItem *item
            = row(attachments, a.fileName, QStringLiteral("%1, %2").arg(a.mimeType, QLocale().formattedDataSize(a.size)));
        row(item, QStringLiteral("SHA-256"), a.sha256);
        row(item, QStringLiteral("SHA-1"), a.sha1);
        row(item, QStringLiteral("MD5"), a.md5);
        if (a.hidden)
            row(item, tr("Hidden"), tr("yes"));
        if (a.embeddedMessage)
            addReport(item, *a.embeddedMessage);
    }

    QTreeWidgetItem *iocs = row(parent, tr("Indicators"), QString::number(report.iocs.size()));
    for (const tools::Ioc &ioc : report.iocs.items()) {
        QTreeWidgetItem *item = row(iocs, tools::Ioc::kindName(ioc.kind), ioc.normalized);
        item->setToolTip(1, tr("%1 time(s) in %2").arg(ioc.count).arg(ioc.sources.join(QStringLiteral(", "))));
    }
}

} // namespace soar::ui
