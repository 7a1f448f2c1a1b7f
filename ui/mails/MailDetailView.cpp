#include "mails/MailDetailView.h"

#include "daemon/MailConverter.h"
#include "daemon/MailJson.h"
#include "mails/AnalysisReportDialog.h"
#include "mails/AttachmentAnalysis.h"
#include "mails/FileSaver.h"
#include "mails/IncidentLinkDialog.h"
#include "mails/RegexToolDialog.h"
#include "mails/SafeHtmlBrowser.h"
#include "mime/MailParser.h"
#include "store/MailStore.h"
#include "tools/MailAnalyzer.h"
#include "tools/MimeMailAdapter.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace soar::ui {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    return table;
}

QString addresses(const mime::MailAddressList &list)
{
    QStringList out;
    for (const mime::MailAddress &a : list)
        out << daemon::MailConverter::display(a);
    return out.join(QStringLiteral(", "));
}

} // namespace

MailDetailView::MailDetailView(store::MailStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    Q_ASSERT(store);
    setObjectName(QStringLiteral("mailDetailView"));
    m_stack = new QStackedWidget(this);
    m_message = new QLabel(tr("Select a mail to see its headers, bodies, attachments and indicators."), m_stack);
    m_message->setObjectName(QStringLiteral("mailDetailMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_content = new QWidget(m_stack);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_content);

    auto *toolbar = new QToolBar(m_content);
    toolbar->setObjectName(QStringLiteral("mailActions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *addToIncident = toolbar->addAction(tr("Add to &Incident..."), this, [this] { openIncidentLink(); });
    addToIncident->setObjectName(QStringLiteral("addToIncidentAction"));
    QAction *regexTool = toolbar->addAction(tr("Body / Header &Regex..."), this, [this] { openRegexTool(); });
    regexTool->setObjectName(QStringLiteral("regexAction"));
    QAction *copyJsonAction = toolbar->addAction(tr("Copy as &JSON"), this, &MailDetailView::copyJson);
    copyJsonAction->setObjectName(QStringLiteral("copyJsonAction"));
    QAction *viewSourceAction = toolbar->addAction(tr("&Open Raw"), this, &MailDetailView::viewSource);
    viewSourceAction->setObjectName(QStringLiteral("viewSourceAction"));
    QAction *saveRawAction = toolbar->addAction(tr("Save .&eml..."), this, &MailDetailView::askSaveRaw);
    saveRawAction->setObjectName(QStringLiteral("saveRawAction"));

    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("mailDetailTabs"));
    m_text = new QPlainTextEdit(m_tabs);
    m_text->setObjectName(QStringLiteral("mailTextBody"));
    m_text->setReadOnly(true);
    m_tabs->addTab(m_text, tr("&Text"));

    auto *htmlTab = new QWidget(m_tabs);
    m_blockedNote = new QLabel(htmlTab);
    m_blockedNote->setObjectName(QStringLiteral("remoteContentNote"));
    m_blockedNote->setWordWrap(true);
    m_html = new SafeHtmlBrowser(htmlTab);
    m_html->setObjectName(QStringLiteral("mailHtmlBody"));
    auto *htmlLayout = new QVBoxLayout(htmlTab);
    htmlLayout->setContentsMargins(0, 0, 0, 0);
    htmlLayout->addWidget(m_blockedNote);
    htmlLayout->addWidget(m_html);
    connect(m_html, &SafeHtmlBrowser::remoteContentBlocked, this, [this] {
        m_blockedNote->setText(tr("%n remote resource(s) blocked: this view never loads content from the internet.", nullptr,
            int(m_html->blockedUrls().size())));
        m_blockedNote->show();
    });
    m_tabs->addTab(htmlTab, tr("&HTML"));
    m_tabs->addTab(buildAttachmentsTab(), tr("Attach&ments"));
    m_iocTable
        = makeTable(m_tabs, QStringLiteral("mailIocs"), {tr("Kind"), tr("Indicator"), tr("Count"), tr("Found in"), tr("Detail")});
    m_tabs->addTab(m_iocTable, tr("In&dicators"));

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(buildHeaderPanel());
    layout->addWidget(m_tabs, 1);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

QWidget *MailDetailView::buildHeaderPanel()
{
    auto *panel = new QWidget(m_content);
    auto *form = new QFormLayout;
    m_headerForm = form;
    form->setContentsMargins(6, 0, 6, 0);
    const QList<std::pair<QString, QString>> fields {{QStringLiteral("mailFrom"), tr("From:")},
        {QStringLiteral("mailTo"), tr("To:")}, {QStringLiteral("mailCc"), tr("Cc:")}, {QStringLiteral("mailDate"), tr("Date:")},
        {QStringLiteral("mailSubject"), tr("Subject:")}, {QStringLiteral("mailMessageId"), tr("Message-ID:")}};
    for (const auto &[name, label] : fields) {
        auto *value = new QLabel(panel);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        // Shown when the header occurs more than once: a second From is a spoofing trick.
        auto *repeated = new QLabel(panel);
        repeated->setObjectName(name + QStringLiteral("Repeated"));
        repeated->setTextFormat(Qt::PlainText);
        repeated->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        repeated->hide();
        auto *row = new QHBoxLayout;
        row->addWidget(value, 1);
        row->addWidget(repeated, 0, Qt::AlignTop);
        form->addRow(label, row);
        m_headerLabels << value;
        m_repeatedLabels << repeated;
        m_headerRows << row;
    }
    QFont subject = m_headerLabels.at(4)->font();
    subject.setBold(true);
    m_headerLabels.at(4)->setFont(subject);

    m_allHeadersToggle = new QToolButton(panel);
    m_allHeadersToggle->setObjectName(QStringLiteral("allHeadersToggle"));
    m_allHeadersToggle->setText(tr("All &headers"));
    m_allHeadersToggle->setCheckable(true);
    m_allHeadersToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_allHeadersToggle->setArrowType(Qt::RightArrow);
    m_allHeadersToggle->setAutoRaise(true);
    m_allHeaders = makeTable(panel, QStringLiteral("allHeaders"), {tr("Header"), tr("Value")});
    m_allHeaders->setMaximumHeight(200);
    m_allHeaders->hide();
    connect(m_allHeadersToggle, &QToolButton::toggled, this, [this](bool open) {
        m_allHeadersToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_allHeaders->setVisible(open);
    });

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_allHeadersToggle);
    layout->addWidget(m_allHeaders);
    return panel;
}

QWidget *MailDetailView::buildAttachmentsTab()
{
    auto *tab = new QWidget(m_tabs);
    m_attachments
        = makeTable(tab, QStringLiteral("mailAttachments"), {tr("Name"), tr("Type"), tr("Size"), QStringLiteral("SHA-256")});
    m_saveAttachment = new QToolButton(tab);
    m_saveAttachment->setObjectName(QStringLiteral("saveAttachment"));
    m_saveAttachment->setText(tr("&Save as..."));
    m_analyzeAttachment = new QToolButton(tab);
    m_analyzeAttachment->setObjectName(QStringLiteral("analyzeAttachment"));
    m_analyzeAttachment->setText(tr("A&nalyze"));
    m_analyzeAttachment->setToolTip(tr("Analyze an attached mail (.eml, message/rfc822) or Outlook message (.msg)"));
    connect(m_saveAttachment, &QToolButton::clicked, this, &MailDetailView::askSaveAttachment);
    connect(m_analyzeAttachment, &QToolButton::clicked, this, [this] { openAnalysis(selectedAttachment()); });
    connect(m_attachments, &QTableWidget::itemSelectionChanged, this, &MailDetailView::updateAttachmentButtons);
    connect(m_attachments, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (AttachmentAnalysis::canAnalyze(m_mail.attachments.at(row)))
            openAnalysis(row);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveAttachment);
    buttons->addWidget(m_analyzeAttachment);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_attachments);
    layout->addLayout(buttons);
    return tab;
}

bool MailDetailView::showMail(const QString &mailId)
{
    if (mailId.isEmpty()) {
        clear();
        return false;
    }
    auto stored = m_store->mail(mailId);
    if (!stored.ok()) {
        showMessage(tr("This mail cannot be shown: %1").arg(stored.error().message));
        return false;
    }
    auto raw = m_store->rawMessage(mailId);
    if (!raw.ok()) {
        showMessage(tr("The stored bytes of this mail cannot be read: %1").arg(raw.error().message));
        return false;
    }
    m_stored = std::move(stored).value();
    m_raw = std::move(raw).value();
    m_mail = mime::MailParser::parse(m_raw);
    m_mail.internalDate = m_stored.internalDate;
    fillHeaders();
    fillBodies();
    fillAttachments();
    fillIocs();
    m_stack->setCurrentWidget(m_content);
    return true;
}

void MailDetailView::clear()
{
    m_stored = {};
    m_mail = {};
    m_raw.clear();
    m_iocs = {};
    m_html->clear();
    showMessage(tr("Select a mail to see its headers, bodies, attachments and indicators."));
}

void MailDetailView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void MailDetailView::fillHeaders()
{
    const QDateTime date = m_mail.date.isValid() ? m_mail.date : m_stored.internalDate;
    const QStringList values {addresses(m_mail.from), addresses(m_mail.to), addresses(m_mail.cc),
        QLocale().toString(date.toLocalTime(), QLocale::LongFormat), m_mail.subject, m_mail.messageId};
    static const QStringList names {QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("Cc"), QStringLiteral("Date"),
        QStringLiteral("Subject"), QStringLiteral("Message-ID")};
    for (int i = 0; i < m_headerLabels.size(); ++i) {
        m_headerLabels.at(i)->setText(values.at(i));
        // The parser shows the first one and records a "duplicate header" defect (see MailJson).
        const auto count = m_mail.headerValues(names.at(i)).size();
        QLabel *repeated = m_repeatedLabels.at(i);
        repeated->setText(tr("%1 %2 headers: the first is shown").arg(count).arg(names.at(i)));
        repeated->setToolTip(tr("RFC 5322 allows this header once. A second one is a known way to show a different "
                                "sender or subject than the one a filter or another client sees."));
        repeated->setVisible(count > 1);
    }
    m_headerForm->setRowVisible(m_headerRows.at(2), !m_mail.cc.isEmpty());
    m_allHeaders->setRowCount(int(m_mail.headers.size()));
    for (int row = 0; row < m_mail.headers.size(); ++row) {
        const mime::MailHeader &header = m_mail.headers.at(row);
        m_allHeaders->setItem(row, 0, new QTableWidgetItem(header.name));
        auto *value = new QTableWidgetItem(header.decodedValue);
        value->setToolTip(header.decodedValue);
        m_allHeaders->setItem(row, 1, value);
    }
    m_allHeaders->resizeColumnToContents(0);
}

void MailDetailView::fillBodies()
{
    m_text->setPlainText(m_mail.textBody);
    m_text->setPlaceholderText(tr("This mail has no plain text part; see the HTML tab."));
    QHash<QString, QByteArray> inlineParts;
    for (const mime::Attachment &a : m_mail.attachments) {
        if (!a.contentId.isEmpty())
            inlineParts.insert(a.contentId, a.data);
    }
    m_html->setInlineParts(std::move(inlineParts));
    m_html->clearBlocked();
    m_blockedNote->hide();
    m_html->setHtml(m_mail.htmlBody);
    m_tabs->setTabEnabled(1, !m_mail.htmlBody.isEmpty());
    m_tabs->setCurrentIndex(m_mail.textBody.isEmpty() && !m_mail.htmlBody.isEmpty() ? 1 : 0);
}

void MailDetailView::fillAttachments()
{
    m_attachments->clearSelection();
    m_attachments->setRowCount(int(m_mail.attachments.size()));
    for (int row = 0; row < m_mail.attachments.size(); ++row) {
        const mime::Attachment &a = m_mail.attachments.at(row);
        m_attachments->setItem(row, 0, new QTableWidgetItem(a.fileName));
        m_attachments->setItem(row, 1, new QTableWidgetItem(a.contentType));
        auto *size = new QTableWidgetItem(QLocale().formattedDataSize(a.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_attachments->setItem(row, 2, size);
        auto *sha = new QTableWidgetItem(a.sha256);
        sha->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        sha->setToolTip(QStringLiteral("MD5 %1\nSHA-1 %2").arg(a.md5, a.sha1));
        m_attachments->setItem(row, 3, sha);
    }
    m_attachments->resizeColumnsToContents();
    m_tabs->setTabText(2, tr("Attach&ments (%1)").arg(m_mail.attachments.size()));
    if (!m_mail.attachments.isEmpty())
        m_attachments->selectRow(0);
    updateAttachmentButtons();
}

void MailDetailView::fillIocs()
{
    tools::MailAnalyzer::Options options;
    options.extractIocs = true;
    m_iocs = tools::MailAnalyzer(options).analyze(tools::MimeMailAdapter::toInput(m_mail)).iocs;
    m_iocTable->setRowCount(int(m_iocs.size()));
    for (int row = 0; row < m_iocs.size(); ++row) {
        const tools::Ioc &ioc = m_iocs.items().at(row);
        m_iocTable->setItem(row, 0, new QTableWidgetItem(tools::Ioc::kindName(ioc.kind)));
        auto *value = new QTableWidgetItem(ioc.normalized);
        value->setToolTip(ioc.defanged ? tr("Written defanged as %1").arg(ioc.value) : ioc.value);
        m_iocTable->setItem(row, 1, value);
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, ioc.count);
        m_iocTable->setItem(row, 2, count);
        m_iocTable->setItem(row, 3, new QTableWidgetItem(ioc.sources.join(QStringLiteral(", "))));
        m_iocTable->setItem(row, 4, new QTableWidgetItem(ioc.detail));
    }
    m_iocTable->resizeColumnsToContents();
    m_tabs->setTabText(3, tr("In&dicators (%1)").arg(m_iocs.size()));
}

int MailDetailView::selectedAttachment() const
{
    const QList<QTableWidgetItem *> selected = m_attachments->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->row();
}

void MailDetailView::updateAttachmentButtons()
{
    const int index = selectedAttachment();
    m_saveAttachment->setEnabled(index >= 0);
    m_analyzeAttachment->setEnabled(index >= 0 && AttachmentAnalysis::canAnalyze(m_mail.attachments.at(index)));
}

QString MailDetailView::json() const
{
    return QString::fromUtf8(QJsonDocument(daemon::MailJson::full(m_stored, m_mail)).toJson());
}

void MailDetailView::copyJson() const
{
    QApplication::clipboard()->setText(json());
}

common::Result<void> MailDetailView::saveRaw(const QString &path) const
{
    return FileSaver::write(path, m_raw);
}

common::Result<void> MailDetailView::saveAttachment(int index, const QString &path) const
{
    if (index < 0 || index >= m_mail.attachments.size())
        return common::Error(common::Error::Kind::NotFound, tr("Select an attachment to save."));
    return FileSaver::write(path, m_mail.attachments.at(index).data);
}

common::Result<tools::MailAnalysisReport> MailDetailView::analyzeAttachment(int index) const
{
    if (index < 0 || index >= m_mail.attachments.size())
        return common::Error(common::Error::Kind::NotFound, tr("Select an attachment to analyze."));
    return AttachmentAnalysis::analyze(m_mail.attachments.at(index));
}

RegexToolDialog *MailDetailView::openRegexTool()
{
    auto *dialog = new RegexToolDialog(m_mail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

IncidentLinkDialog *MailDetailView::openIncidentLink()
{
    auto *dialog = new IncidentLinkDialog(m_store, m_stored.mailId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IncidentLinkDialog::linked, this,
        [this, id = m_stored.mailId](const QString &incident) { emit incidentLinked(id, incident); });
    dialog->open();
    return dialog;
}

AnalysisReportDialog *MailDetailView::openAnalysis(int attachmentIndex)
{
    const auto report = analyzeAttachment(attachmentIndex);
    if (!report.ok()) {
        QMessageBox::warning(this, tr("Analyze attachment"), report.error().message);
        return nullptr;
    }
    auto *dialog = new AnalysisReportDialog(report.value(), m_mail.attachments.at(attachmentIndex).fileName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MailDetailView::viewSource()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("rawMessageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Raw message — %1").arg(m_mail.subject));
    auto *text = new QPlainTextEdit(dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Raw bytes are mostly ASCII; undecodable 8-bit bytes show as replacement characters.
    text->setPlainText(QString::fromUtf8(m_raw));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->addButton(tr("Save .&eml..."), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::clicked, this, [this, buttons](QAbstractButton *button) {
        if (buttons->buttonRole(button) == QDialogButtonBox::ActionRole)
            askSaveRaw();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(760, 560);
    dialog->show();
}

void MailDetailView::askSaveRaw()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save mail as .eml"), m_stored.mailId + QStringLiteral(".eml"), tr("Mail files (*.eml)"));
    if (path.isEmpty())
        return;
    if (const auto saved = saveRaw(path); !saved.ok())
        QMessageBox::warning(this, tr("Save .eml"), saved.error().message);
}

void MailDetailView::askSaveAttachment()
{
    const int index = selectedAttachment();
    if (index < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"), m_mail.attachments.at(index).fileName);
    if (path.isEmpty())
        return;
    if (const auto saved = saveAttachment(index, path); !saved.ok())
        QMessageBox::warning(this, tr("Save attachment"), saved.error().message);
}

} // namespace soar::ui
