#pragma once

#include "tools/IocCollection.h"
#include "tools/MailAnalysisInput.h"

#include <QJsonObject>

#include <memory>

namespace soar::tools {

// The result of "Analyze EML / MSG": who, what, when, attachments with hashes (attached mails
// analysed in turn) and the indicators found in subject, headers and bodies. Same shape for EML
// and MSG so a playbook reads both the same way.
struct MailAnalysisReport {
    struct Attachment {
        QString fileName;
        QString mimeType;
        qint64 size = 0;
        QString md5;
        QString sha1;
        QString sha256;
        bool hidden = false;
        std::shared_ptr<const MailAnalysisReport> embeddedMessage;
    };

    QString format;
    QString messageClass;
    QString subject;
    MailAnalysisInput::Address from;
    QList<MailAnalysisInput::Address> to;
    QList<MailAnalysisInput::Address> cc;
    QList<MailAnalysisInput::Address> bcc;
    QDateTime date;
    QString messageId;
    qsizetype textBodyChars = 0;
    qsizetype htmlBodyChars = 0;
    QList<Attachment> attachments;
    QStringList defects; // from MailAnalysisInput: a second From header is worth an analyst's look
    IocCollection iocs;

    QJsonObject toJson() const;
};

} // namespace soar::tools
