#include "mime/gmime/ParseSession.h"

#include "mime/gmime/RepeatedHeaders.h"

namespace soar::mime::gmime {

namespace {

// GMime hands us bytes straight from the mail: keep defect texts short and printable.
QString printableItem(const gchar *item)
{
    if (!item)
        return {};
    QString text = QString::fromUtf8(item, qsizetype(qMin<size_t>(strlen(item), 120))).trimmed();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    return text;
}

struct WarningText {
    const QString &kind;
    const char *what;
};

WarningText describe(GMimeParserWarning code)
{
    switch (code) {
    case GMIME_WARN_DUPLICATED_HEADER:
        return {MailDefect::BadHeader, "duplicated header"};
    case GMIME_WARN_DUPLICATED_PARAMETER:
        return {MailDefect::BadHeader, "duplicated parameter"};
    case GMIME_WARN_UNENCODED_8BIT_HEADER:
        return {MailDefect::BadHeader, "unencoded 8-bit text in header"};
    case GMIME_WARN_INVALID_CONTENT_TYPE:
        return {MailDefect::Malformed, "invalid Content-Type, read as application/octet-stream"};
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE:
        return {MailDefect::BadHeader, "invalid RFC 2047 encoded word in header"};
    case GMIME_WARN_INVALID_PARAMETER:
        return {MailDefect::BadHeader, "invalid header parameter"};
    case GMIME_WARN_MALFORMED_MULTIPART:
        return {MailDefect::BadBoundary, "multipart without any child part"};
    case GMIME_WARN_TRUNCATED_MESSAGE:
        return {MailDefect::Truncated, "the mail ends before its MIME structure is complete"};
    case GMIME_WARN_MALFORMED_MESSAGE:
        return {MailDefect::Malformed, "malformed message"};
    case GMIME_WARN_INVALID_ADDRESS_LIST:
        return {MailDefect::BadHeader, "invalid address list"};
    case GMIME_CRIT_INVALID_HEADER_NAME:
        return {MailDefect::BadHeader, "invalid header name"};
    case GMIME_CRIT_CONFLICTING_HEADER:
        return {MailDefect::BadHeader, "conflicting header"};
    case GMIME_CRIT_CONFLICTING_PARAMETER:
        return {MailDefect::BadHeader, "conflicting header parameter"};
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
        return {MailDefect::BadBoundary, "multipart without a boundary parameter"};
    case GMIME_CRIT_NESTING_OVERFLOW:
        return {MailDefect::ParseLimited, "MIME nesting deeper than GMime's own limit"};
    case GMIME_WARN_PART_WITHOUT_CONTENT:
        return {MailDefect::BadBoundary, "part headers ended by a boundary line"};
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        return {MailDefect::BadBoundary, "part without headers or content"};
    }
    return {MailDefect::Malformed, "parser warning"};
}

} // namespace

ParseSession::ParseSession(const MailParser::Limits &limits) : m_limits(limits), m_options(g_mime_parser_options_new())
{
    // Real-world mail breaks the RFCs all the time: read as much as possible.
    g_mime_parser_options_set_address_compliance_mode(m_options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(m_options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_rfc2047_compliance_mode(m_options, GMIME_RFC_COMPLIANCE_LOOSE);
    static const char *fallbackCharsets[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(m_options, fallbackCharsets);
    g_mime_parser_options_set_warning_callback(m_options, &ParseSession::onParserWarning, this);
}

ParseSession::~ParseSession()
{
    g_mime_parser_options_free(m_options);
}

void ParseSession::onParserWarning(gint64 offset, GMimeParserWarning code, const gchar *item, gpointer self)
{
    auto *session = static_cast<ParseSession *>(self);
    const bool repeatedHeader = code == GMIME_CRIT_CONFLICTING_HEADER || code == GMIME_WARN_DUPLICATED_HEADER;
    if (repeatedHeader && item && RepeatedHeaders::handles(QString::fromUtf8(item)))
        return; // MessageReader records it as a "duplicate header" defect with the count
    const WarningText text = describe(code);
    QString detail = QString::fromLatin1(text.what);
    const QString shownItem = printableItem(item);
    if (!shownItem.isEmpty())
        detail += QLatin1String(" \"") + shownItem + QLatin1Char('"');
    if (offset >= 0)
        detail += QStringLiteral(" at byte %1").arg(offset);
    session->addDefect(text.kind, detail);
}

void ParseSession::appendCapped(QStringList &list, const QString &defect, int cap)
{
    if (list.size() < cap && !list.contains(defect))
        list.append(defect);
}

void ParseSession::addDefect(const QString &kind, const QString &detail)
{
    const QString defect = MailDefect::make(kind, detail);
    if (m_defects.contains(defect))
        return;
    if (m_defects.size() >= m_limits.maxDefects)
        ++m_unlistedDefects;
    else
        m_defects.append(defect);
    for (QStringList *sink : std::as_const(m_enclosedSinks))
        appendCapped(*sink, defect, m_limits.maxDefects);
}

bool ParseSession::takePart()
{
    ++m_parts;
    if (m_parts == m_limits.maxParts + 1)
        limitReached(QStringLiteral("more than %1 MIME parts; the rest were not read").arg(m_limits.maxParts));
    return m_parts <= m_limits.maxParts;
}

QStringList ParseSession::takeDefects()
{
    QStringList result = std::move(m_defects);
    if (m_unlistedDefects > 0)
        result.append(MailDefect::make(MailDefect::TooMany, QStringLiteral("%1 more not listed").arg(m_unlistedDefects)));
    m_defects.clear();
    m_unlistedDefects = 0;
    return result;
}

} // namespace soar::mime::gmime
