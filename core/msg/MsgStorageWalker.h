#pragma once

#include "common/Result.h"
#include "msg/OutlookMessage.h"
#include "msg/PropertyBag.h"

#include <QStringList>

#include <gsf/gsf-fwd.h>

namespace soar::msg {

// Walks the storages of an opened .msg container ([MS-OXMSG] 2.2): the message's property
// stream and `__substg1.0_` streams, its recipient and attachment storages, and embedded
// messages in `__substg1.0_3701000D`. Internal to OutlookMessageReader; one walker per file.
class MsgStorageWalker {
public:
    MsgStorageWalker(int maxDepth, qint64 maxTotalBytes, int maxChildren, qint64 containerSize);

    common::Result<OutlookMessage> readMessage(GsfInfile *root);

private:
    // What one storage holds: its properties and the names of its child storages.
    struct Storage {
        PropertyBag properties;
        QStringList recipientStorages;
        QStringList attachmentStorages;
        bool hasPropertyStream = false;
    };

    common::Result<Storage> readStorage(GsfInfile *storage, int propertyHeaderSize);
    // outerCodepage: the code page of the enclosing message (Western 1252 for the file itself),
    // used when this message names none.
    common::Result<OutlookMessage> readMessageStorage(GsfInfile *storage, int propertyHeaderSize, int depth, int outerCodepage);
    common::Result<OutlookRecipient> readRecipient(GsfInfile *storage, int codepage);
    common::Result<OutlookAttachment> readAttachment(GsfInfile *storage, int codepage, int depth);
    common::Result<QByteArray> readStream(GsfInput *stream, const QString &name);
    void parsePropertyStream(const QByteArray &bytes, int headerSize, PropertyBag &bag) const;

    int m_maxDepth;
    qint64 m_maxTotalBytes;
    int m_maxChildren;
    qint64 m_containerSize;
    qint64 m_bytesRead = 0;
};

} // namespace soar::msg
