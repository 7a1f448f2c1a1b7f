#include "soar/RetryAfter.h"

#include <QLocale>
#include <QTimeZone>

namespace soar::soar {

namespace {

// RFC 9110 allows three date forms; IMF-fixdate is what servers send today, the two
// obsolete ones must still be accepted by recipients.
QDateTime parseHttpDate(const QString &text)
{
    QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date); // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    if (date.isValid())
        return date;
    const QLocale c = QLocale::c();
    QString withoutZone = text;
    if (withoutZone.endsWith(QLatin1String(" GMT")))
        withoutZone.chop(4);
    date = c.toDateTime(withoutZone, QStringLiteral("dddd, dd-MMM-yy HH:mm:ss")); // RFC 850
    if (date.isValid()) {
        if (date.date().year() < 1970) // two-digit years: a date 50 years away is the other century
            date = date.addYears(100);
    } else {
        date = c.toDateTime(text.simplified(), QStringLiteral("ddd MMM d HH:mm:ss yyyy")); // asctime
    }
    if (date.isValid())
        date.setTimeZone(QTimeZone::utc());
    return date;
}

} // namespace

std::optional<std::chrono::seconds> RetryAfter::parse(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::seconds(seconds));
    const QDateTime date = parseHttpDate(QString::fromLatin1(trimmed));
    if (!date.isValid())
        return std::nullopt;
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(date)));
}

} // namespace soar::soar
