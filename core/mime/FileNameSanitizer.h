#pragma once

#include <QString>

namespace soar::mime {

// Makes an attachment's decoded file name safe to show and to write to disk: keeps only the
// last path component ("../../etc/passwd" -> "passwd"), drops control and bidi-format
// characters (the "right-to-left override" trick that turns "exe.pdf" around), replaces
// characters Windows forbids, strips leading dots, defuses Windows device names ("nul.txt"),
// caps the length, and never returns an empty name: "attachment-<index><extension>".
class FileNameSanitizer {
public:
    static constexpr int kMaxLength = 200;

    static QString sanitize(const QString &decodedName, int index, const QString &contentType);
    static QString fallbackName(int index, const QString &contentType);
};

} // namespace soar::mime
