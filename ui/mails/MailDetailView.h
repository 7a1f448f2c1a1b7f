#pragma once

#include "common/Result.h"
#include "mime/Mail.h"
#include "store/StoredMail.h"
#include "tools/IocCollection.h"
#include "tools/MailAnalysisReport.h"

#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace soar::store {
class MailStore;
}

namespace soar::ui {

class AnalysisReportDialog;
class IncidentLinkDialog;
class RegexToolDialog;
class SafeHtmlBrowser;

// One stored mail in full: headers (the main ones, and all of them on demand), the plain text
// body, the HTML body rendered without any remote content, attachments with hashes (save,
// analyze attached mails), the indicators found, and the analyst's actions on it.
class MailDetailView : public QWidget {
    Q_OBJECT
public:
    explicit MailDetailView(store::MailStore *store, QWidget *parent = nullptr);

    // Reads and parses the mail; false (and a message in the pane) when the store cannot.
    bool showMail(const QString &mailId);
    void clear();
    QString mailId() const { return m_stored.mailId; }

    // The actions, callable without their file dialogs (the GUI asks the path first).
    QString json() const; // MailJson::full: headers, bodies, attachments with hashes
    common::Result<void> saveRaw(const QString &path) const;
    common::Result<void> saveAttachment(int index, const QString &path) const;
    common::Result<tools::MailAnalysisReport> analyzeAttachment(int index) const;

public slots:
    RegexToolDialog *openRegexTool();
    IncidentLinkDialog *openIncidentLink();
    AnalysisReportDialog *openAnalysis(int attachmentIndex);
    void copyJson() const;
    void viewSource();

signals:
    void incidentLinked(const QString &mailId, const QString &incidentId);

private:
    QWidget *buildHeaderPanel();
    QWidget *buildAttachmentsTab();
    void fillHeaders();
    void fillBodies();
    void fillAttachments();
    void fillIocs();
    void showMessage(const QString &message);
    void askSaveRaw();
    void askSaveAttachment();
    int selectedAttachment() const;
    void updateAttachmentButtons();

    store::MailStore *m_store;
    store::StoredMail m_stored;
    mime::Mail m_mail;
    QByteArray m_raw;
    tools::IocCollection m_iocs;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_content = nullptr;
    QFormLayout *m_headerForm = nullptr;
    QList<QLabel *> m_headerLabels; // From, To, Cc, Date, Subject, Message-ID
    QList<QLabel *> m_repeatedLabels; // "2 From headers" next to each of them
    QList<QHBoxLayout *> m_headerRows;
    QToolButton *m_allHeadersToggle = nullptr;
    QTableWidget *m_allHeaders = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_text = nullptr;
    SafeHtmlBrowser *m_html = nullptr;
    QLabel *m_blockedNote = nullptr;
    QTableWidget *m_attachments = nullptr;
    QToolButton *m_saveAttachment = nullptr;
    QToolButton *m_analyzeAttachment = nullptr;
    QTableWidget *m_iocTable = nullptr;
};

} // namespace soar::ui
