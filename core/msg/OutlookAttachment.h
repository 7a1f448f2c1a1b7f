#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace soar::msg {

struct OutlookMessage;

// One attachment of an Outlook message: a file (data set) or an attached Outlook item
// (embeddedMessage set, parsed recursively).
struct OutlookAttachment {
    QString displayName; // PR_DISPLAY_NAME: what Outlook shows
    QString longFileName; // PR_ATTACH_LONG_FILENAME
    QString shortFileName; // PR_ATTACH_FILENAME (8.3)
    QString mimeTag; // PR_ATTACH_MIME_TAG
    QByteArray data; // PR_ATTACH_DATA_BIN; empty for an embedded message
    qint32 method = 0; // PR_ATTACH_METHOD
    bool hidden = false; // PR_ATTACHMENT_HIDDEN
    std::shared_ptr<const OutlookMessage> embeddedMessage;

    // The best file name: long, else short, else the display name.
    QString fileName() const;
};

} // namespace soar::msg
