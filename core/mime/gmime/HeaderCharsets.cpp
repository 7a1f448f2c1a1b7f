#include "mime/gmime/HeaderCharsets.h"

#include "mime/MailDefect.h"
#include "mime/gmime/GObjectRef.h"

#include <QRegularExpression>
#include <QSet>

namespace soar::mime::gmime {

namespace {

bool isConvertible(const QByteArray &charset)
{
    // The charset filter is what PartPayload converts bodies with: null when iconv has no such charset.
    GObjectRef<GMimeFilter> filter(g_mime_filter_charset_new(charset.constData(), "UTF-8"));
    return bool(filter);
}

} // namespace

void HeaderCharsets::check(const QString &headerName, const QByteArray &rawValue, ParseSession &session)
{
    if (!rawValue.contains("=?") && !rawValue.contains("*="))
        return;
    // "=?charset*lang?B?" (RFC 2047, RFC 2231 section 5) and "name*=charset'lang'" or
    // "name*0*=charset'lang'" (RFC 2231 parameters).
    static const QRegularExpression encodedWord(QStringLiteral("=\\?([^?*\\s]{1,64})(?:\\*[^?\\s]*)?\\?[BbQq]\\?"));
    static const QRegularExpression parameter(QStringLiteral("\\*(?:0\\*)?=\\s*\"?([A-Za-z0-9._:+-]{1,64})'"));
    const QString text = QString::fromLatin1(rawValue);
    QSet<QString> seen;
    for (const QRegularExpression *pattern : {&encodedWord, &parameter}) {
        for (auto it = pattern->globalMatch(text); it.hasNext();) {
            const QString charset = it.next().captured(1);
            if (seen.contains(charset.toLower()))
                continue;
            seen.insert(charset.toLower());
            if (!isConvertible(charset.toLatin1())) {
                session.addDefect(
                    MailDefect::UnknownCharset, QStringLiteral("header \"%1\": \"%2\"").arg(headerName.left(60), charset));
            }
        }
    }
}

} // namespace soar::mime::gmime
