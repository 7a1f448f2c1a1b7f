#pragma once

// Sample mails for the store tests: small, deterministic, and different enough to sort.

#include "store/IncomingMail.h"

#include <QDateTime>
#include <QString>

namespace soar::store::testing {

inline QDateTime day(int n)
{
    return QDateTime(QDate(2026, 1, 1).addDays(n), QTime(9, 30), Qt::UTC);
}

inline QByteArray rawMail(const QString &messageId, const QString &subject, const QString &body)
{
    QByteArray raw;
    raw += "From: Sender <sender@example.test>\r\n";
    raw += "To: soc@example.test\r\n";
    if (!messageId.isEmpty())
        raw += "Message-ID: <" + messageId.toUtf8() + ">\r\n";
    raw += "Subject: " + subject.toUtf8() + "\r\n";
    raw += "\r\n";
    raw += body.toUtf8() + "\r\n";
    return raw;
}

// Mail n of a resource: UID n, dated day n, from sender-n, subject "Mail n".
inline IncomingMail sampleMail(int n, const QString &resource = QStringLiteral("acme"))
{
    IncomingMail mail;
    mail.resource = resource;
    mail.folder = QStringLiteral("INBOX");
    mail.uidValidity = 1000;
    mail.uid = quint32(n);
    mail.messageId = QStringLiteral("mail-%1@example.test").arg(n);
    mail.date = day(n);
    mail.internalDate = day(n).addSecs(60);
    mail.fromAddress = QStringLiteral("sender-%1@example.test").arg(n, 3, 10, QLatin1Char('0'));
    mail.fromDisplay = QStringLiteral("Sender %1 <%2>").arg(n, 3, 10, QLatin1Char('0')).arg(mail.fromAddress);
    mail.to = QStringList {QStringLiteral("rcpt-%1@example.test").arg(n, 3, 10, QLatin1Char('0'))};
    mail.subject = QStringLiteral("Mail %1").arg(n, 3, 10, QLatin1Char('0'));
    mail.flags = QStringList {QStringLiteral("\\Seen")};
    const QString body = QStringLiteral("Body of mail number %1").arg(n);
    mail.bodyTextUtf8 = body.toUtf8();
    mail.raw = rawMail(mail.messageId, mail.subject, body + QString(n, QLatin1Char('x')));
    return mail;
}

} // namespace soar::store::testing
