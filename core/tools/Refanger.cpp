#include "tools/Refanger.h"

namespace soar::tools {

namespace {

struct Replacement {
    QLatin1String from; // compared case-insensitively
    QLatin1String to;
};

// Longest forms first so "[dot]" wins over nothing and "hxxps" over "hxxp".
const Replacement replacements[] = {
    {QLatin1String("hxxps://"), QLatin1String("https://")},
    {QLatin1String("hxxp://"), QLatin1String("http://")},
    {QLatin1String("hxxps[://]"), QLatin1String("https://")},
    {QLatin1String("hxxp[://]"), QLatin1String("http://")},
    {QLatin1String("hxxps[:]//"), QLatin1String("https://")},
    {QLatin1String("hxxp[:]//"), QLatin1String("http://")},
    {QLatin1String("https[:]//"), QLatin1String("https://")},
    {QLatin1String("http[:]//"), QLatin1String("http://")},
    {QLatin1String("https[://]"), QLatin1String("https://")},
    {QLatin1String("http[://]"), QLatin1String("http://")},
    {QLatin1String("fxp://"), QLatin1String("ftp://")},
    {QLatin1String(" [dot] "), QLatin1String(".")},
    {QLatin1String(" (dot) "), QLatin1String(".")},
    {QLatin1String(" [at] "), QLatin1String("@")},
    {QLatin1String(" (at) "), QLatin1String("@")},
    {QLatin1String("[dot]"), QLatin1String(".")},
    {QLatin1String("(dot)"), QLatin1String(".")},
    {QLatin1String("{dot}"), QLatin1String(".")},
    {QLatin1String("[.]"), QLatin1String(".")},
    {QLatin1String("(.)"), QLatin1String(".")},
    {QLatin1String("{.}"), QLatin1String(".")},
    {QLatin1String("[at]"), QLatin1String("@")},
    {QLatin1String("(at)"), QLatin1String("@")},
    {QLatin1String("{at}"), QLatin1String("@")},
    {QLatin1String("[@]"), QLatin1String("@")},
    {QLatin1String("[:]"), QLatin1String(":")},
    {QLatin1String("[/]"), QLatin1String("/")},
};

} // namespace

Refanger::Refanger(const QString &original) : m_original(original)
{
    m_refanged.reserve(original.size());
    m_sourceStart.reserve(size_t(original.size()));
    m_sourceEnd.reserve(size_t(original.size()));
    const QStringView text(original);
    for (qsizetype i = 0; i < original.size();) {
        const QChar c = original.at(i);
        const bool mayStartToken
            = c == u'[' || c == u'(' || c == u'{' || c == u'h' || c == u'H' || c == u'f' || c == u'F' || c == u' ';
        const Replacement *hit = nullptr;
        if (mayStartToken) {
            for (const Replacement &r : replacements) {
                if (text.mid(i).startsWith(r.from, Qt::CaseInsensitive)) {
                    hit = &r;
                    break;
                }
            }
        }
        if (!hit) {
            m_refanged += c;
            m_sourceStart.push_back(i);
            m_sourceEnd.push_back(i + 1);
            ++i;
            continue;
        }
        const qsizetype end = i + hit->from.size();
        for (qsizetype k = 0; k < hit->to.size(); ++k) {
            m_refanged += QLatin1Char(hit->to.at(k));
            m_sourceStart.push_back(i);
            m_sourceEnd.push_back(end);
        }
        i = end;
    }
}

QString Refanger::originalOf(qsizetype start, qsizetype end) const
{
    if (start >= end || end > qsizetype(m_sourceStart.size()))
        return {};
    const qsizetype from = m_sourceStart[size_t(start)];
    return m_original.mid(from, m_sourceEnd[size_t(end - 1)] - from);
}

bool Refanger::wasChanged(qsizetype start, qsizetype end) const
{
    return originalOf(start, end) != QStringView(m_refanged).mid(start, end - start);
}

} // namespace soar::tools
