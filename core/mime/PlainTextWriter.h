#pragma once

#include <QString>
#include <QStringView>

namespace soar::mime {

// Collects the text a reader of an HTML mail sees, piece by piece as a parser walks the document:
// blanks (source line breaks included) collapse into one space, lines break only where an
// element asks for it, at most one blank line in a row, nothing leading or trailing. Invisible
// format characters that phishing HTML puts inside words (soft hyphen, zero-width space, joiner
// and non-joiner, word joiner, byte order mark) are removed, so "pay&shy;pal" reads "paypal".
class PlainTextWriter {
public:
    void appendText(QStringView text);
    void appendSpace() { m_pendingSpace = true; }
    // 1: the next text starts a new line; 2: it starts after a blank line.
    void breakLine(int lines);

    // Where the text written so far ends, and the text written since such a mark.
    qsizetype mark() const { return m_text.size(); }
    QString textSince(qsizetype mark) const { return m_text.mid(mark); }

    QString text() const { return m_text; }

private:
    QString m_text;
    bool m_pendingSpace = false;
    int m_pendingLines = 0;
};

} // namespace soar::mime
