#pragma once

#include <QString>

namespace soar::mime {

// Turns an HTML body into plain text so text filters and regexes can run over HTML-only mail.
// Deliberately small (core must not link Qt Gui, so no QTextDocument): drops tags, comments,
// <script>/<style>/<head>, breaks lines at block elements, decodes entities, keeps link
// targets as "text <url>" so URL filters still see them, and collapses blank runs.
// Never fetches anything.
class HtmlToText {
public:
    static QString convert(const QString &html);

    // "&amp;" -> "&", "&#x41;" -> "A"; unknown entities stay as written.
    static QString decodeEntities(const QString &text);
};

} // namespace soar::mime
