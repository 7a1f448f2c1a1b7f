#include "mime/FileNameSanitizer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace soar::mime {

namespace {

bool isDropped(QChar c)
{
    const auto category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format || c == QChar::ReplacementCharacter;
}

bool isForbiddenOnWindows(QChar c)
{
    return QStringView(u":*?\"<>|").contains(c);
}

QString extensionFor(const QString &contentType)
{
    static const QHash<QString, QString> extensions = {
        {QStringLiteral("message/rfc822"), QStringLiteral(".eml")},
        {QStringLiteral("message/global"), QStringLiteral(".eml")},
        {QStringLiteral("text/plain"), QStringLiteral(".txt")},
        {QStringLiteral("text/html"), QStringLiteral(".html")},
        {QStringLiteral("text/calendar"), QStringLiteral(".ics")},
        {QStringLiteral("image/png"), QStringLiteral(".png")},
        {QStringLiteral("image/jpeg"), QStringLiteral(".jpg")},
        {QStringLiteral("image/gif"), QStringLiteral(".gif")},
        {QStringLiteral("application/pdf"), QStringLiteral(".pdf")},
        {QStringLiteral("application/zip"), QStringLiteral(".zip")},
    };
    return extensions.value(contentType, QStringLiteral(".bin"));
}

// "CON", "nul.txt" and friends name devices on Windows, whatever the extension.
bool isWindowsDeviceName(const QString &name)
{
    static const QRegularExpression device(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"), QRegularExpression::CaseInsensitiveOption);
    return device.match(name).hasMatch();
}

// Keeps the extension when a long name has to be shortened.
QString capLength(const QString &name)
{
    if (name.size() <= FileNameSanitizer::kMaxLength)
        return name;
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
    QString stem = name.left(FileNameSanitizer::kMaxLength - extension.size());
    if (!stem.isEmpty() && stem.back().isHighSurrogate())
        stem.chop(1);
    return stem + extension;
}

} // namespace

QString FileNameSanitizer::fallbackName(int index, const QString &contentType)
{
    return QStringLiteral("attachment-%1%2").arg(index).arg(extensionFor(contentType));
}

QString FileNameSanitizer::sanitize(const QString &decodedName, int index, const QString &contentType)
{
    QString name = decodedName;
    const int lastSeparator = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    if (lastSeparator >= 0)
        name = name.mid(lastSeparator + 1);

    QString clean;
    clean.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        if (isDropped(c))
            continue;
        clean += isForbiddenOnWindows(c) ? QLatin1Char('_') : c;
    }
    clean = clean.trimmed();
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
        clean.chop(1);
    clean = capLength(clean.trimmed());
    if (isWindowsDeviceName(clean))
        clean.prepend(QLatin1Char('_'));
    return clean.isEmpty() ? fallbackName(index, contentType) : clean;
}

} // namespace soar::mime
