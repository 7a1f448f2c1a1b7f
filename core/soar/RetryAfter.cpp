#include "soar/RetryAfter.h"

#include <QLocale>
#include <QTimeZone>

namespace soar::soar {

namespace {

// RFC 9110 allows three date forms: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") is what
// servers send today; RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime
// ("Sun Nov  6 08:49:37 1994") must still be accepted. The weekday is redundant and dropped
// (Qt would reject a two-digit year whose weekday belongs to the other century).
QDateTime parseHttpDate(const QString &text)
{
    const QLocale c = QLocale::c();
    QString value = text.simplified();
    if (value.endsWith(QLatin1String(" GMT")))
        value.chop(4);
    QDateTime date;
    const int comma = value.indexOf(QLatin1String(", "));
    if (comma > 0) {
        const QString rest = value.mid(comma + 2);
        date = c.toDateTime(rest, QStringLiteral("dd MMM yyyy HH:mm:ss"));
        if (!date.isValid()) {
            date = c.toDateTime(rest, QStringLiteral("dd-MMM-yy HH:mm:ss"));
            if (date.isValid() && date.date().year() < 1970) // "yy" means 19yy to Qt
                date = date.addYears(100);
        }
    } else {
        const int space = value.indexOf(QLatin1Char(' '));
        date = c.toDateTime(value.mid(space + 1), QStringLiteral("MMM d HH:mm:ss yyyy"));
    }
    if (date.isValid())
        date = QDateTime(date.date(), date.time(), QTimeZone::utc());
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
