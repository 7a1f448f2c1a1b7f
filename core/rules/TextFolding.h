#pragma once

#include <QString>

namespace soar::rules {

// Case-insensitive comparison that works beyond ASCII: NFC, Unicode case folding
// (QString::toCaseFolded), then the full foldings simple folding lacks: German ß and ẞ become
// "ss", and Turkish İ and ı become i, so the i-variants of every locale match each other
// (a filter prefers a rare over-match to losing a mail).
class TextFolding {
public:
    static QString fold(const QString &text);
};

} // namespace soar::rules
