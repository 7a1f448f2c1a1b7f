#pragma once

#include "mime/Mail.h"
#include "store/StoredMail.h"

#include <QJsonObject>
#include <optional>

namespace soar::daemon {

// The JSON shapes soar-imapd prints. contract() objects follow the Cloud SOAR integration
// framework's daemon contract: one object per mail with cloud_soar_mail_id and the mail's
// fields (docs/daemon.md).
class MailJson {
public:
    static QJsonObject contract(const store::StoredMail &mail);
    // A mail that is not stored (dry run): cloud_soar_mail_id is null.
    static QJsonObject contract(const mime::Mail &mail, quint32 uid, const std::optional<QString> &mailId);
    // Everything: headers, bodies, attachments with hashes, enclosed mails.
    static QJsonObject full(const store::StoredMail &stored, const mime::Mail &parsed);
    static QJsonObject parsed(const mime::Mail &mail);

    static QString isoDate(const QDateTime &date);
};

} // namespace soar::daemon
