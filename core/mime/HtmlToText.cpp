#include "mime/HtmlToText.h"

#include <QHash>
#include <QRegularExpression>

namespace soar::mime {

namespace {

const QHash<QString, QString> &namedEntities()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("shy"), QString()},
        {QStringLiteral("copy"), QStringLiteral("\u00a9")},
        {QStringLiteral("reg"), QStringLiteral("\u00ae")},
        {QStringLiteral("trade"), QStringLiteral("\u2122")},
        {QStringLiteral("euro"), QStringLiteral("\u20ac")},
        {QStringLiteral("pound"), QStringLiteral("\u00a3")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")},
        {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")},
        {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
        {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201c")},
        {QStringLiteral("rdquo"), QStringLiteral("\u201d")},
        {QStringLiteral("bull"), QStringLiteral("\u2022")},
        {QStringLiteral("middot"), QStringLiteral("\u00b7")},
        {QStringLiteral("auml"), QStringLiteral("\u00e4")},
        {QStringLiteral("ouml"), QStringLiteral("\u00f6")},
        {QStringLiteral("uuml"), QStringLiteral("\u00fc")},
        {QStringLiteral("Auml"), QStringLiteral("\u00c4")},
        {QStringLiteral("Ouml"), QStringLiteral("\u00d6")},
        {QStringLiteral("Uuml"), QStringLiteral("\u00dc")},
        {QStringLiteral("szlig"), QStringLiteral("\u00df")},
        {QStringLiteral("eacute"), QStringLiteral("\u00e9")},
        {QStringLiteral("egrave"), QStringLiteral("\u00e8")},
        {QStringLiteral("zwnj"), QString()},
        {QStringLiteral("zwj"), QString()},
    };
    return table;
}

// Elements whose start or end begins a new line of text.
bool isBlockElement(const QString &tag)
{
    static const QStringList blocks = {
        QStringLiteral("br"),
        QStringLiteral("p"),
        QStringLiteral("div"),
        QStringLiteral("tr"),
        QStringLiteral("li"),
        QStringLiteral("ul"),
        QStringLiteral("ol"),
        QStringLiteral("table"),
        QStringLiteral("h1"),
        QStringLiteral("h2"),
        QStringLiteral("h3"),
        QStringLiteral("h4"),
        QStringLiteral("h5"),
        QStringLiteral("h6"),
        QStringLiteral("hr"),
        QStringLiteral("blockquote"),
        QStringLiteral("pre"),
        QStringLiteral("title"),
        QStringLiteral("section"),
        QStringLiteral("article"),
        QStringLiteral("header"),
        QStringLiteral("footer"),
        QStringLiteral("center"),
    };
    return blocks.contains(tag);
}

// Elements whose whole content is not text for a reader.
bool isSkippedElement(const QString &tag)
{
    return tag == QLatin1String("script") || tag == QLatin1String("style") || tag == QLatin1String("head");
}

QString attributeValue(const QString &tagText, const QString &attribute)
{
    static const QRegularExpression re(QStringLiteral("(?:^|\\s)([a-zA-Z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"));
    auto it = re.globalMatch(tagText);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1).compare(attribute, Qt::CaseInsensitive) != 0)
            continue;
        for (int group = 2; group <= 4; ++group) {
            if (m.capturedStart(group) >= 0)
                return HtmlToText::decodeEntities(m.captured(group)).trimmed();
        }
    }
    return {};
}

// Ends text with at least count line breaks (blanks after the last break do not count).
void breakLines(QString &text, int count)
{
    int have = 0;
    for (qsizetype i = text.size() - 1; i >= 0 && have < count; --i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            ++have;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
            break;
    }
    if (text.isEmpty())
        return;
    for (; have < count; ++have)
        text += QLatin1Char('\n');
}

// '<' opens markup only when followed by a tag name, '/', '!' or '?'.
bool startsMarkup(const QString &html, int lessThan)
{
    if (lessThan + 1 >= html.size())
        return false;
    const QChar next = html.at(lessThan + 1);
    return next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!') || next == QLatin1Char('?');
}

QString collapseWhitespace(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines << line.simplified();
    QString result;
    int blankRun = 0;
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            ++blankRun;
            continue;
        }
        if (!result.isEmpty())
            result += blankRun > 0 ? QStringLiteral("\n\n") : QStringLiteral("\n");
        result += line;
        blankRun = 0;
    }
    return result;
}

} // namespace

QString HtmlToText::decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const int semicolon = c == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i + 1) : -1;
        if (semicolon < 0 || semicolon - i > 12) {
            out += c;
            ++i;
            continue;
        }
        const QString name = text.mid(i + 1, semicolon - i - 1);
        bool decoded = false;
        if (name.startsWith(QLatin1Char('#'))) {
            const bool hex = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            bool ok = false;
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t ch = code;
                out += QString::fromUcs4(&ch, 1);
                decoded = true;
            }
        } else if (const auto it = namedEntities().constFind(name); it != namedEntities().constEnd()) {
            out += *it;
            decoded = true;
        }
        if (decoded) {
            i = semicolon + 1;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QString HtmlToText::convert(const QString &html)
{
    QString text;
    text.reserve(html.size());
    QString skipUntil; // closing tag name while inside <script>, <style>, <head>
    QString pendingHref; // link target to append after the anchor text
    int anchorTextStart = -1;
    int i = 0;
    const int n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c != QLatin1Char('<')) {
            const int next = html.indexOf(QLatin1Char('<'), i);
            const int end = next < 0 ? n : next;
            if (skipUntil.isEmpty()) {
                // Line breaks in the source are blanks in HTML; only elements break lines.
                QString chunk = decodeEntities(html.mid(i, end - i));
                chunk.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
                text += chunk;
            }
            i = end;
            continue;
        }
        if (!startsMarkup(html, i)) {
            if (skipUntil.isEmpty())
                text += c; // "1 < 2" is text, not a tag
            ++i;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const int close = html.indexOf(QLatin1String("-->"), i + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        const int close = html.indexOf(QLatin1Char('>'), i + 1);
        if (close < 0)
            break; // an unterminated tag at the end carries no text
        const QString tagText = html.mid(i + 1, close - i - 1);
        i = close + 1;
        const bool closing = tagText.startsWith(QLatin1Char('/'));
        static const QRegularExpression nameRe(QStringLiteral("^/?\\s*([a-zA-Z][a-zA-Z0-9]*)"));
        const QString tag = nameRe.match(tagText).captured(1).toLower();
        if (tag.isEmpty())
            continue; // <!DOCTYPE>, <?xml?> and stray '<'
        if (!skipUntil.isEmpty()) {
            if (closing && tag == skipUntil)
                skipUntil.clear();
            continue;
        }
        if (!closing && isSkippedElement(tag) && !tagText.endsWith(QLatin1Char('/'))) {
            skipUntil = tag;
            continue;
        }
        if (isBlockElement(tag)) {
            const bool paragraph = tag == QLatin1String("p") || (tag.size() == 2 && tag.startsWith(QLatin1Char('h')));
            breakLines(text, paragraph ? 2 : 1);
        } else if (tag == QLatin1String("td") || tag == QLatin1String("th")) {
            text += QLatin1Char(' ');
        } else if (tag == QLatin1String("a")) {
            if (!closing) {
                pendingHref = attributeValue(tagText.mid(1), QStringLiteral("href"));
                anchorTextStart = text.size();
            } else if (!pendingHref.isEmpty()) {
                const QString anchorText = anchorTextStart >= 0 ? text.mid(anchorTextStart).trimmed() : QString();
                const bool isLink = pendingHref.startsWith(QLatin1String("http"), Qt::CaseInsensitive)
                    || pendingHref.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
                if (isLink && anchorText != pendingHref)
                    text += QLatin1String(" <") + pendingHref + QLatin1Char('>');
                pendingHref.clear();
                anchorTextStart = -1;
            }
        } else if (tag == QLatin1String("img") && !closing) {
            const QString alt = attributeValue(tagText.mid(3), QStringLiteral("alt"));
            if (!alt.isEmpty())
                text += alt;
        }
    }
    return collapseWhitespace(text);
}

} // namespace soar::mime
