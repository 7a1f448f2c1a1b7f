#include "soar/MailField.h"

namespace soar::soar {

namespace {

struct NamedField {
    MailField field;
    const char *name;
};

constexpr NamedField kNames[] = {
    {MailField::CloudSoarMailId, "cloud_soar_mail_id"},
    {MailField::MessageId, "message_id"},
    {MailField::Subject, "subject"},
    {MailField::From, "from"},
    {MailField::To, "to"},
    {MailField::Date, "date"},
    {MailField::Summary, "summary"},
    {MailField::Attachments, "attachments"},
    {MailField::Iocs, "iocs"},
};

// A summary is read by people in the incident; thousands of IOC lines would bury it.
constexpr int kMaxIocLinesInSummary = 50;

QJsonValue textOrUndefined(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

QString isoUtc(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODate); // UTC spec prints "Z"; a UTC QTimeZone prints "+00:00"
}

} // namespace

QString MailFields::name(MailField field)
{
    for (const NamedField &named : kNames) {
        if (named.field == field)
            return QString::fromLatin1(named.name);
    }
    return {};
}

std::optional<MailField> MailFields::fromName(const QString &name)
{
    for (const NamedField &named : kNames) {
        if (name.trimmed() == QLatin1String(named.name))
            return named.field;
    }
    return std::nullopt;
}

QList<MailField> MailFields::all()
{
    QList<MailField> fields;
    for (const NamedField &named : kNames)
        fields << named.field;
    return fields;
}

QString MailFields::summaryText(const MailSummaryForSoar &mail)
{
    QStringList lines;
    lines << QStringLiteral("Mail %1 reported via soar-imap").arg(mail.mailId);
    lines << QStringLiteral("From: %1").arg(mail.from);
    lines << QStringLiteral("To: %1").arg(mail.to.join(QStringLiteral(", ")));
    lines << QStringLiteral("Subject: %1").arg(mail.subject);
    if (mail.date.isValid())
        lines << QStringLiteral("Date: %1").arg(isoUtc(mail.date));
    if (!mail.messageId.isEmpty())
        lines << QStringLiteral("Message-ID: %1").arg(QString::fromUtf8(mail.messageId));
    if (!mail.attachmentNames.isEmpty())
        lines << QStringLiteral("Attachments (%1): %2")
                     .arg(mail.attachmentNames.size())
                     .arg(mail.attachmentNames.join(QStringLiteral(", ")));
    lines << QStringLiteral("IOCs: %1").arg(mail.iocLines.size());
    lines += mail.iocLines.mid(0, kMaxIocLinesInSummary);
    if (mail.iocLines.size() > kMaxIocLinesInSummary)
        lines << QStringLiteral("(%1 more IOCs in soar-imap)").arg(mail.iocLines.size() - kMaxIocLinesInSummary);
    return lines.join(QLatin1Char('\n'));
}

QJsonValue MailFields::value(MailField field, const MailSummaryForSoar &mail)
{
    switch (field) {
    case MailField::CloudSoarMailId:
        return textOrUndefined(mail.mailId);
    case MailField::MessageId:
        return textOrUndefined(QString::fromUtf8(mail.messageId));
    case MailField::Subject:
        // The subject usually feeds the required description: never leave that empty.
        return mail.subject.trimmed().isEmpty() ? QStringLiteral("(no subject)") : mail.subject;
    case MailField::From:
        return textOrUndefined(mail.from);
    case MailField::To:
        return textOrUndefined(mail.to.join(QStringLiteral(", ")));
    case MailField::Date:
        return mail.date.isValid() ? QJsonValue(isoUtc(mail.date)) : QJsonValue(QJsonValue::Undefined);
    case MailField::Summary:
        return summaryText(mail);
    case MailField::Attachments:
        return textOrUndefined(mail.attachmentNames.join(QStringLiteral(", ")));
    case MailField::Iocs:
        return textOrUndefined(mail.iocLines.join(QLatin1Char('\n')));
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace soar::soar
