#include "mime/PlainTextWriter.h"

namespace soar::mime {

namespace {

bool isInvisible(char16_t c)
{
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

} // namespace

void PlainTextWriter::appendText(QStringView text)
{
    const auto isPlain = [](QChar c) { return !c.isSpace() && !isInvisible(c.unicode()); };
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text[i].isSpace()) {
            m_pendingSpace = true;
            ++i;
            continue;
        }
        if (!isPlain(text[i])) {
            ++i;
            continue;
        }
        // A run of words with single spaces between them is copied in one piece.
        qsizetype end = i + 1;
        while (end < n && (isPlain(text[end]) || (text[end] == u' ' && end + 1 < n && isPlain(text[end + 1]))))
            ++end;
        if (!m_text.isEmpty()) {
            if (m_pendingLines > 0)
                m_text += m_pendingLines > 1 ? QStringLiteral("\n\n") : QStringLiteral("\n");
            else if (m_pendingSpace)
                m_text += QLatin1Char(' ');
        }
        m_pendingLines = 0;
        m_pendingSpace = false;
        m_text += text.sliced(i, end - i);
        i = end;
    }
}

void PlainTextWriter::breakLine(int lines)
{
    m_pendingLines = qMax(m_pendingLines, lines);
}

} // namespace soar::mime
