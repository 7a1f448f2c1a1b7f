#pragma once

#include <QString>

namespace soar::store {

// What the store keeps about one attachment: enough to search by name and to match hashes
// against threat intelligence without re-parsing the raw mail.
struct AttachmentInfo {
    QString fileName;
    QString contentType;
    qint64 size = 0; // decoded payload bytes
    QString md5; // lowercase hex digests of the decoded payload
    QString sha1;
    QString sha256;

    bool operator==(const AttachmentInfo &o) const
    {
        return fileName == o.fileName && contentType == o.contentType && size == o.size && md5 == o.md5 && sha1 == o.sha1
            && sha256 == o.sha256;
    }
};

} // namespace soar::store
