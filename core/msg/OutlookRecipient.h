#pragma once

#include <QString>

namespace soar::msg {

// One entry of an Outlook message's recipient table.
struct OutlookRecipient {
    enum class Type { Originator, To, Cc, Bcc, Unknown };

    QString name;
    QString email; // the SMTP address when the message has one, else PR_EMAIL_ADDRESS
    Type type = Type::Unknown;
};

} // namespace soar::msg
