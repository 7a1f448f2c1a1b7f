#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace soar::soar {

// What the SOAR side needs to know about one stored mail; the daemon fills it from the store.
struct MailSummaryForSoar {
    QString mailId; // soar-imap's stable id, playing the role of cloud_soar_mail_id
    QByteArray messageId; // Message-ID header, without angle brackets or with, as received
    QString subject;
    QString from;
    QStringList to;
    QDateTime date; // the Date header; invalid when missing
    QStringList attachmentNames;
    QStringList iocLines; // "url: https://…", one indicator per line
    QByteArray rawSha256Hex; // SHA-256 of the raw message bytes, hex
};

} // namespace soar::soar
