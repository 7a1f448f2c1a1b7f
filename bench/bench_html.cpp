// HTML-to-text benchmark, no rig needed:
//   bench_html [--count N] [--repeat R]
// Parses the bench folder's N generated mails (bench_fetch seeds Dovecot with the same ones)
// and converts every HTML part, R times, with
//   libxml2  mime::HtmlToText, the product's converter (libxml2's HTML SAX parser)
//   gumbo    the same walk over libgumbo's HTML5 tree, the candidate it was chosen over
// and, for scale, MailParser::parse of all N mails (what the fetch path spends per mail before
// any conversion). Prints user CPU seconds (getrusage, not wall time: the machine is shared)
// per run, the best and the median, and the cost per mail and per HTML part.
// The same converters also run over a generated newsletter-style HTML part per HTML mail
// (tables, links, styles, character references), closer to real marketing and phishing mail.
// docs/mime.md has the figures, with those of the two converters 0.1.0 had.
#include "mime/HtmlToText.h"
#include "mime/MailParser.h"
#include "mime/PlainTextWriter.h"

#include "BenchCorpus.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <gumbo.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>

#include <sys/resource.h>

namespace {

double userCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6;
}

// The gumbo candidate: the same text as mime::HtmlToText from libgumbo's HTML5 tree.
class GumboCandidate {
public:
    static QString convert(const QString &html)
    {
        if (html.isEmpty())
            return {};
        const QByteArray utf8 = html.toUtf8();
        GumboOptions options = kGumboDefaultOptions;
        options.max_errors = 0; // collecting parse errors costs time and is not needed
        GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
        GumboCandidate self;
        const GumboVector &children = output->document->v.document.children;
        for (unsigned int i = 0; i < children.length; ++i)
            self.walk(static_cast<const GumboNode *>(children.data[i]));
        gumbo_destroy_output(&options, output);
        return self.m_writer.text();
    }

private:
    struct Frame {
        const GumboElement *element;
        unsigned int next;
        QString href;
        qsizetype textStart;
    };

    static int breaks(GumboTag tag)
    {
        switch (tag) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            return 2;
        case GUMBO_TAG_BR:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_HR:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_CENTER:
            return 1;
        default:
            return 0;
        }
    }

    static bool skipped(const GumboElement &e)
    {
        if (e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_STYLE || e.tag == GUMBO_TAG_HEAD || e.tag == GUMBO_TAG_TITLE
            || e.tag == GUMBO_TAG_TEMPLATE || gumbo_get_attribute(&e.attributes, "hidden"))
            return true;
        const GumboAttribute *style = gumbo_get_attribute(&e.attributes, "style");
        return style && QString::fromUtf8(style->value).contains(QLatin1String("display:none"), Qt::CaseInsensitive);
    }

    void walk(const GumboNode *node)
    {
        enter(node);
        while (!m_stack.isEmpty()) {
            Frame &top = m_stack.last();
            if (top.next < top.element->children.length) {
                enter(static_cast<const GumboNode *>(top.element->children.data[top.next++]));
                continue;
            }
            leave(top);
            m_stack.removeLast();
        }
    }

    void enter(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            m_writer.appendText(QString::fromUtf8(node->v.text.text));
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT || skipped(node->v.element))
            return;
        const GumboElement &e = node->v.element;
        m_writer.breakLine(breaks(e.tag));
        if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH)
            m_writer.appendSpace();
        if (e.tag == GUMBO_TAG_IMG) {
            if (const GumboAttribute *alt = gumbo_get_attribute(&e.attributes, "alt"))
                m_writer.appendText(QString::fromUtf8(alt->value));
        }
        QString href;
        if (e.tag == GUMBO_TAG_A) {
            if (const GumboAttribute *a = gumbo_get_attribute(&e.attributes, "href"))
                href = QString::fromUtf8(a->value).trimmed();
        }
        m_stack.append({&e, 0, href, m_writer.mark()});
    }

    void leave(const Frame &f)
    {
        if (f.href.startsWith(QLatin1String("http")) && m_writer.textSince(f.textStart).trimmed() != f.href) {
            m_writer.appendSpace();
            m_writer.appendText(QString(QLatin1Char('<') + f.href + QLatin1Char('>')));
        }
        if (f.element->tag == GUMBO_TAG_TD || f.element->tag == GUMBO_TAG_TH)
            m_writer.appendSpace();
        m_writer.breakLine(breaks(f.element->tag));
    }

    soar::mime::PlainTextWriter m_writer;
    QList<Frame> m_stack;
};

// A marketing / phishing style part around the same words: layout tables, styles, links,
// character references, a hidden block and a comment.
QString newsletterHtml(const QString &body, int index)
{
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Rechnung</title><style>"
                                  "td{font-family:Arial;color:#333}.x{display:none}</style></head><body>"
                                  "<table width=\"600\" cellpadding=\"0\"><tr><td><img src=\"cid:logo\" alt=\"Pay&shy;Pal\"></td>"
                                  "<td>Kundennummer&nbsp;%1 &ndash; Ihr Konto&hellip;</td></tr>")
                       .arg(index);
    const QStringList words = body.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < words.size(); i += 40) {
        html += QStringLiteral("<tr><td colspan=\"2\"><p style=\"margin:0\">")
            + words.mid(i, 40).join(QLatin1Char(' ')).toHtmlEscaped()
            + QStringLiteral(
                "<!-- x --> <a href=\"https://login.example.net/verify?id=%1&amp;s=2\">hier best&auml;tigen</a></p></td></tr>")
                  .arg(i);
    }
    html += QStringLiteral("<div style=\"display:none\">lorem ipsum filler</div></table><p>&copy; 2024 &#x2013; "
                           "Impressum</p></body></html>");
    return html;
}

struct Timing {
    QList<double> seconds;
    double best() const { return *std::min_element(seconds.begin(), seconds.end()); }
    double median() const
    {
        QList<double> s = seconds;
        std::sort(s.begin(), s.end());
        return s.at(s.size() / 2);
    }
};

Timing measure(int repeat, const std::function<void()> &run)
{
    Timing t;
    for (int r = 0; r < repeat; ++r) {
        const double before = userCpuSeconds();
        run();
        t.seconds << userCpuSeconds() - before;
    }
    return t;
}

void print(const char *what, const Timing &t, int mails, int parts)
{
    QString runs;
    for (double s : t.seconds)
        runs += QString::number(s, 'f', 3) + QLatin1Char(' ');
    std::printf("%-22s best %7.3f s  median %7.3f s user CPU  = %6.1f us/mail, %6.1f us/HTML part   [runs: %s]\n", what, t.best(),
        t.median(), t.best() * 1e6 / mails, parts ? t.best() * 1e6 / parts : 0.0, qPrintable(runs.trimmed()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int count = option("--count", 10000);
    const int repeat = option("--repeat", 5);

    QList<QByteArray> mails;
    for (int i = 1; i <= count; ++i)
        mails << generateMail(i);
    QStringList htmlParts;
    QStringList newsletters;
    qint64 htmlBytes = 0;
    for (const QByteArray &raw : mails) {
        const soar::mime::Mail mail = soar::mime::MailParser::parse(raw);
        if (!mail.htmlBody.isEmpty()) {
            htmlParts << mail.htmlBody;
            newsletters << newsletterHtml(mail.htmlBody.mid(15, 3000), int(htmlParts.size()));
            htmlBytes += mail.htmlBody.toUtf8().size();
        }
    }
    qint64 newsletterBytes = 0;
    for (const QString &n : newsletters)
        newsletterBytes += n.toUtf8().size();
    const int parts = int(htmlParts.size());
    std::printf("%d mails, %d HTML parts (%.1f MB); %d newsletter parts (%.1f MB); %d runs each\n", count, parts, htmlBytes / 1e6,
        parts, newsletterBytes / 1e6, repeat);
    if (GumboCandidate::convert(newsletters.value(0)) != soar::mime::HtmlToText::convert(newsletters.value(0)))
        std::printf("note: the candidates' texts differ on the newsletter part\n");

    qsizetype sink = 0;
    print("MailParser::parse",
        measure(repeat,
            [&] {
                for (const QByteArray &raw : mails)
                    sink += soar::mime::MailParser::parse(raw).subject.size();
            }),
        count, parts);
    const auto over = [&sink](const QStringList &inputs, QString (*convert)(const QString &)) {
        return [&sink, &inputs, convert] {
            for (const QString &html : inputs)
                sink += convert(html).size();
        };
    };
    print("corpus: libxml2", measure(repeat, over(htmlParts, &soar::mime::HtmlToText::convert)), count, parts);
    print("corpus: gumbo", measure(repeat, over(htmlParts, &GumboCandidate::convert)), count, parts);
    print("newsletter: libxml2", measure(repeat, over(newsletters, &soar::mime::HtmlToText::convert)), count, parts);
    print("newsletter: gumbo", measure(repeat, over(newsletters, &GumboCandidate::convert)), count, parts);
    return sink == 0 ? 1 : 0;
}
