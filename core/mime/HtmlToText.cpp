#include "mime/HtmlToText.h"

#include "mime/Html5Entities.h"
#include "mime/PlainTextWriter.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <QRegularExpression>

#include <cctype>
#include <climits>
#include <cstring>
#include <mutex>

namespace soar::mime {

namespace {

bool is(const char *name, const char *tag)
{
    return std::strcmp(name, tag) == 0;
}

// How many line breaks an element puts before and after its content: 0, 1 or 2 (a blank line).
int lineBreaks(const char *name)
{
    static const char *const blankLine[] = {"p", "h1", "h2", "h3", "h4", "h5", "h6"};
    static const char *const newLine[] = {"br", "div", "tr", "li", "ul", "ol", "dl", "dt", "dd", "table", "hr", "blockquote",
        "pre", "section", "article", "header", "footer", "center"};
    for (const char *tag : blankLine) {
        if (is(name, tag))
            return 2;
    }
    for (const char *tag : newLine) {
        if (is(name, tag))
            return 1;
    }
    return 0;
}

// Elements a mail reader does not show.
bool isSkipped(const char *name)
{
    return is(name, "script") || is(name, "style") || is(name, "head") || is(name, "title") || is(name, "template");
}

bool hidesContent(const QString &style)
{
    static const QRegularExpression hidden(QStringLiteral("(?:^|[;\\s])(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)"),
        QRegularExpression::CaseInsensitiveOption);
    return hidden.match(style).hasMatch();
}

bool isWebOrMailLink(const QString &href)
{
    return href.startsWith(QLatin1String("http"), Qt::CaseInsensitive)
        || href.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

// libxml2 leaves names it does not know ("&ZeroWidthSpace;") as text: write those that HTML5
// defines as numeric references before parsing, so they are decoded exactly once.
QByteArray withHtml5References(const QByteArray &html)
{
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype amp = html.indexOf('&'); amp >= 0; amp = html.indexOf('&', amp + 1)) {
        qsizetype end = amp + 1;
        while (end < html.size() && end - amp <= 32 && std::isalnum(static_cast<unsigned char>(html.at(end))))
            ++end;
        if (end == amp + 1 || end >= html.size() || html.at(end) != ';')
            continue;
        const QByteArray name = html.mid(amp + 1, end - amp - 1);
        if (htmlEntityLookup(reinterpret_cast<const xmlChar *>(name.constData())))
            continue;
        const QByteArray numeric = Html5Entities::numericReference(name);
        if (numeric.isEmpty())
            continue;
        out += QByteArrayView(html).sliced(copied, amp - copied);
        out += numeric;
        copied = end + 1;
    }
    if (copied == 0)
        return html;
    out += QByteArrayView(html).sliced(copied);
    return out;
}

// Receives libxml2's SAX events and writes the visible text.
class TextHandler {
public:
    static void startElement(void *self, const xmlChar *name, const xmlChar **attributes)
    {
        static_cast<TextHandler *>(self)->start(reinterpret_cast<const char *>(name), attributes);
    }
    static void endElement(void *self, const xmlChar *name)
    {
        static_cast<TextHandler *>(self)->end(reinterpret_cast<const char *>(name));
    }
    static void characters(void *self, const xmlChar *text, int length)
    {
        auto *handler = static_cast<TextHandler *>(self);
        if (handler->m_skipDepth == 0)
            handler->m_writer.appendText(QString::fromUtf8(reinterpret_cast<const char *>(text), length));
    }

    QString text() const { return m_writer.text(); }

private:
    void start(const char *name, const xmlChar **attributes)
    {
        if (m_skipDepth > 0 || isSkipped(name)) {
            ++m_skipDepth;
            return;
        }
        QString href;
        for (const xmlChar **a = attributes; a && *a; a += 2) {
            const char *key = reinterpret_cast<const char *>(a[0]);
            const char *value = reinterpret_cast<const char *>(a[1]);
            if (is(key, "hidden") || (is(key, "style") && value && hidesContent(QString::fromUtf8(value)))) {
                ++m_skipDepth;
                return;
            }
            if (value && is(key, "href") && is(name, "a"))
                href = QString::fromUtf8(value).trimmed();
            if (value && is(key, "alt") && is(name, "img"))
                m_writer.appendText(QString::fromUtf8(value));
        }
        m_writer.breakLine(lineBreaks(name));
        if (is(name, "td") || is(name, "th"))
            m_writer.appendSpace();
        if (is(name, "a")) {
            m_href = href;
            m_anchorStart = m_writer.mark();
        }
    }

    void end(const char *name)
    {
        if (m_skipDepth > 0) {
            --m_skipDepth;
            return;
        }
        if (is(name, "a")) {
            if (isWebOrMailLink(m_href) && m_writer.textSince(m_anchorStart).trimmed() != m_href) {
                m_writer.appendSpace();
                m_writer.appendText(QString(QLatin1Char('<') + m_href + QLatin1Char('>')));
            }
            m_href.clear();
        }
        if (is(name, "td") || is(name, "th"))
            m_writer.appendSpace();
        m_writer.breakLine(lineBreaks(name));
    }

    PlainTextWriter m_writer;
    int m_skipDepth = 0; // > 0 inside an element whose content is not shown
    QString m_href; // the open link's target, written after its text
    qsizetype m_anchorStart = 0;
};

} // namespace

QString HtmlToText::convert(const QString &html)
{
    if (html.isEmpty())
        return {};
    // libxml2 sets up its global tables once; the parse pipeline converts on several threads.
    static std::once_flag initialized;
    std::call_once(initialized, [] { xmlInitParser(); });

    const QByteArray utf8 = withHtml5References(html.toUtf8());
    htmlSAXHandler sax {};
    sax.startElement = &TextHandler::startElement;
    sax.endElement = &TextHandler::endElement;
    sax.characters = &TextHandler::characters;
    sax.cdataBlock = [](void *, const xmlChar *, int) {}; // <script> and <style> content
    TextHandler handler;
    htmlParserCtxtPtr ctxt = htmlCreatePushParserCtxt(&sax, &handler, nullptr, 0, nullptr, XML_CHAR_ENCODING_UTF8);
    if (!ctxt)
        return {};
    // The body is already UTF-8: a <meta charset> inside must not switch the decoding.
    htmlCtxtUseOptions(ctxt, HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
    htmlParseChunk(ctxt, utf8.constData(), int(qMin<qsizetype>(utf8.size(), INT_MAX)), 1);
    htmlFreeParserCtxt(ctxt);
    return handler.text();
}

} // namespace soar::mime
