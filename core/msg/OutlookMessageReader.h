#pragma once

#include "common/Result.h"
#include "msg/OutlookMessage.h"

#include <QByteArray>
#include <QString>

namespace soar::msg {

// Reads an Outlook .msg file ([MS-OXMSG]: an OLE2 compound file opened with libgsf) into an
// OutlookMessage, attached Outlook items included. Hostile input fails with a Parse error that
// says what is wrong; the limits bound the work a crafted file can cause.
class OutlookMessageReader {
public:
    struct Limits {
        int maxEmbeddingDepth = 8; // attached item inside attached item inside ...
        qint64 maxTotalBytes = qint64(512) * 1024 * 1024; // sum of all property streams read
        int maxChildrenPerStorage = 20000; // recipients + attachments + property streams
    };

    OutlookMessageReader() = default;
    explicit OutlookMessageReader(Limits limits) : m_limits(limits) { }

    common::Result<OutlookMessage> read(const QByteArray &bytes) const;

    // True when bytes start with the OLE2 compound file signature.
    static bool looksLikeOle2(const QByteArray &bytes);

private:
    Limits m_limits;
};

} // namespace soar::msg
