#include "tools/HtmlToText.h"

#include <QHash>
#include <QRegularExpression>

namespace soar::tools {

namespace {

QString entityText(const QString &name)
{
    static const QHash<QString, QString> named {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("copy"), QStringLiteral("©")},
        {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("euro"), QStringLiteral("€")},
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return named.value(name.toLower());
}

} // namespace

QString HtmlToText::decodeEntities(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString replacement = entityText(m.captured(1));
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement.isEmpty() ? m.captured() : replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString HtmlToText::convert(const QString &html)
{
    static const QRegularExpression hidden(QStringLiteral("<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression link(
        QStringLiteral("<a\\b[^>]*?\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))[^>]*>(.*?)</a\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lineBreak(
        QStringLiteral("<(br|/p|/div|/tr|/li|/h[1-6]|/table|/blockquote)\\b[^>]*>|<(p|div|tr|li|h[1-6])\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cell(QStringLiteral("</t[dh]\\s*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\x{00A0}]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n\\s*\\n+"));

    QString text = html;
    text.remove(hidden);
    // The link target goes between private-use marks so the tag stripper below leaves it alone.
    text.replace(link, QStringLiteral("\\4 \uE000\\1\\2\\3\uE001"));
    text.replace(lineBreak, QStringLiteral("\n"));
    text.replace(cell, QStringLiteral("\t"));
    text.remove(tag);
    text.replace(QChar(0xE000), u'<');
    text.replace(QChar(0xE001), u'>');
    text = decodeEntities(text);
    text.replace(spaces, QStringLiteral(" "));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

} // namespace soar::tools
