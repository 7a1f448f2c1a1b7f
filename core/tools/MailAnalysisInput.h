#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace soar::tools {

// A mail as the analyzer needs it, independent of where it came from. The MSG reader fills it
// (MailAnalyzer::inputFromOutlook); the EML path fills it from the GMime-based mime::Mail, so
// both produce the same report.
struct MailAnalysisInput {
    struct Address {
        QString name;
        QString email;
    };
    struct Attachment {
        QString fileName;
        QString mimeType;
        QByteArray data;
        bool hidden = false;
        std::shared_ptr<const MailAnalysisInput> embeddedMessage; // message/rfc822 or attached Outlook item
    };

    QString format; // "msg" or "eml"
    QString messageClass; // MSG only
    QString subject;
    Address from;
    QList<Address> to;
    QList<Address> cc;
    QList<Address> bcc;
    QDateTime date;
    QString messageId;
    QString headers; // the raw header block (MSG: PR_TRANSPORT_MESSAGE_HEADERS)
    QString textBody;
    QString htmlBody;
    QList<Attachment> attachments;
    QStringList defects; // EML: what the parser found wrong, e.g. "duplicate header: 2 From headers; ..."
};

} // namespace soar::tools
