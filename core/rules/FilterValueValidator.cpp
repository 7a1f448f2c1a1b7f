#include "rules/FilterValueValidator.h"

#include <QStringList>

namespace soar::rules {

using common::Error;

namespace {

Error addressError(const QString &label, const QString &value, const QString &why)
{
    return Error(Error::Kind::Config,
        QStringLiteral("%1: '%2' is neither an e-mail address nor a domain (%3); write e.g. sales@sumologic.com "
                       "or sumologic.com")
            .arg(label, value, why));
}

} // namespace

Error FilterValueValidator::checkAddressOrDomain(const QString &value, const QString &label)
{
    for (const QChar c : value) {
        if (c.isSpace())
            return addressError(label, value, QStringLiteral("it contains a blank"));
        if (c == QLatin1Char('<') || c == QLatin1Char('>'))
            return addressError(label, value, QStringLiteral("leave out the angle brackets"));
        if (c == QLatin1Char('*'))
            return addressError(label, value, QStringLiteral("no wildcard needed: a domain already covers its subdomains"));
    }
    const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        if (!isValidDomain(value))
            return addressError(label, value, QStringLiteral("a domain needs labels separated by single dots"));
        return {};
    }
    if (at == 0)
        return addressError(label, value, QStringLiteral("nothing before the @; to match a whole domain leave out the @"));
    if (!isValidDomain(value.mid(at + 1)))
        return addressError(label, value, QStringLiteral("the part after the @ is not a domain"));
    return {};
}

Error FilterValueValidator::checkHeaderFieldName(const QString &name, const QString &label)
{
    if (name.isEmpty())
        return Error(Error::Kind::Config, QStringLiteral("%1: a header field name is needed (e.g. X-Mailer)").arg(label));
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 33 || u > 126 || u == ':')
            return Error(Error::Kind::Config,
                QStringLiteral("%1: '%2' is not a header field name; use only letters, digits and punctuation "
                               "without blanks or ':' (e.g. X-Mailer)")
                    .arg(label, name));
    }
    return {};
}

bool FilterValueValidator::isValidDomain(const QString &domain)
{
    if (domain.isEmpty() || domain.contains(QLatin1Char('@')))
        return false;
    const QStringList labels = domain.split(QLatin1Char('.'));
    for (const QString &l : labels) {
        if (l.isEmpty())
            return false;
    }
    return true;
}

} // namespace soar::rules
