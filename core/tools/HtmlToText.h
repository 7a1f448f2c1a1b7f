#pragma once

#include <QString>

namespace soar::tools {

// Turns an HTML body into the text the regex tools and the IOC extractor read: tags dropped,
// script/style/head content dropped, block ends become line breaks, entities decoded, and each
// link target kept after its text as "text <href>" (the target is what a phishing link hides).
// Not a renderer: QTextDocument would pull Qt Gui into the core.
class HtmlToText {
public:
    static QString convert(const QString &html);
    static QString decodeEntities(const QString &text);
};

} // namespace soar::tools
