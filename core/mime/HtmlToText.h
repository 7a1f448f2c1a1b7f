#pragma once

#include <QString>

namespace soar::mime {

// Turns an HTML body into the text a reader sees; the one conversion that filters, search, the
// Cloud SOAR summary, the regex tools, Analyze and the indicator extraction all read. Built on
// libxml2's HTML SAX parser (docs/mime.md says why): comments, <script>, <style>, <head>,
// <template> and elements hidden by the hidden attribute or display:none carry no text; HTML 4
// and HTML5 named and numeric character references are decoded; invisible format characters
// are dropped (PlainTextWriter); <br>, <p>, <div>, <li>, <tr>... break lines; each web or mail
// link target is kept after its text as "text <url>" so filters and the indicator extraction
// see where a link really goes; <img alt> is text. Never fetches anything.
class HtmlToText {
public:
    static QString convert(const QString &html);
};

} // namespace soar::mime
