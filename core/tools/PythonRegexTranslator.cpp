#include "tools/PythonRegexTranslator.h"

namespace soar::tools {

namespace {

// Length of `{,digits}` starting at pos, or 0 when the text there is not that form.
qsizetype upperOnlyQuantifierLength(const QString &p, qsizetype pos)
{
    if (pos + 2 >= p.size() || p.at(pos) != u'{' || p.at(pos + 1) != u',')
        return 0;
    qsizetype end = pos + 2;
    while (end < p.size() && p.at(end).isDigit() && p.at(end).unicode() < 128)
        ++end;
    if (end == pos + 2 || end >= p.size() || p.at(end) != u'}')
        return 0;
    return end - pos + 1;
}

} // namespace

QString PythonRegexTranslator::toPcre(const QString &p)
{
    QString out;
    out.reserve(p.size() + 8);
    bool inClass = false;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == u'\\' && i + 1 < p.size()) {
            const QChar next = p.at(i + 1);
            out += (!inClass && next == u'Z') ? QStringLiteral("\\z") : QString(c) + next;
            ++i;
            continue;
        }
        if (inClass) {
            if (c == u']')
                inClass = false;
            out += c;
            continue;
        }
        if (c == u'[') {
            inClass = true;
            out += c;
            // A ']' right after '[' or '[^' is a literal member of the class.
            if (i + 1 < p.size() && p.at(i + 1) == u'^') {
                out += p.at(++i);
            }
            if (i + 1 < p.size() && p.at(i + 1) == u']')
                out += p.at(++i);
            continue;
        }
        if (const qsizetype len = upperOnlyQuantifierLength(p, i)) {
            out += QStringLiteral("{0") + p.mid(i + 1, len - 1);
            i += len - 1;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace soar::tools
