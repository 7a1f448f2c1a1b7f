#pragma once

#include "soar/MailSummaryForSoar.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace soar::soar {

// A value of a mail an incident field can be filled from (the left column of the mapping).
enum class MailField {
    CloudSoarMailId,
    MessageId,
    Subject,
    From,
    To,
    Date, // ISO 8601 UTC, e.g. 2026-11-28T10:00:00Z
    Summary, // from, to, subject, date, attachments and the IOCs as text
    Attachments,
    Iocs,
};

class MailFields {
public:
    // Stable names for settings files: "cloud_soar_mail_id", "subject", "date", "summary", ...
    static QString name(MailField field);
    static std::optional<MailField> fromName(const QString &name);
    static QList<MailField> all();

    // The field's value for this mail; Undefined when the mail has none (the incident field is
    // then left out rather than sent empty).
    static QJsonValue value(MailField field, const MailSummaryForSoar &mail);
    static QString summaryText(const MailSummaryForSoar &mail);
};

} // namespace soar::soar
