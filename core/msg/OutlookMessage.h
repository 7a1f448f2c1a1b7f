#pragma once

#include "msg/OutlookAttachment.h"
#include "msg/OutlookRecipient.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace soar::msg {

// The facts read from an Outlook .msg file (or an attached Outlook item inside one).
struct OutlookMessage {
    QString messageClass; // "IPM.Note", ...
    QString subject;
    QString senderName;
    QString senderEmail; // PR_SENDER_SMTP_ADDRESS when present, else PR_SENDER_EMAIL_ADDRESS
    QList<OutlookRecipient> recipients;
    QString body; // PR_BODY, decoded
    QByteArray htmlBody; // PR_HTML as stored (its charset is internetCodepage)
    QString htmlText; // htmlBody decoded
    QString transportHeaders; // PR_TRANSPORT_MESSAGE_HEADERS
    QString internetMessageId;
    QDateTime submitTime; // invalid when absent
    QDateTime deliveryTime;
    int internetCodepage = 0; // PR_INTERNET_CPID, 0 when absent
    int messageCodepage = 0; // PR_MESSAGE_CODEPAGE, 0 when absent
    QByteArray rtfBody; // PR_RTF_COMPRESSED, decompressed; empty when absent or damaged
    QList<OutlookAttachment> attachments;
};

} // namespace soar::msg
