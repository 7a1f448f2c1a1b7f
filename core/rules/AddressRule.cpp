#include "rules/AddressRule.h"

#include "rules/TextFolding.h"

#include <QUrl>

namespace soar::rules {

AddressRule::AddressRule(const QString &value)
    : m_exactAddress(value.contains(QLatin1Char('@'))), m_normalized(m_exactAddress ? normalize(value) : normalizeDomain(value))
{ }

bool AddressRule::matches(const QString &candidate) const
{
    if (m_exactAddress)
        return candidate == m_normalized;
    const qsizetype at = candidate.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return false; // "undisclosed-recipients" and the like have no domain
    const QStringView domain = QStringView(candidate).mid(at + 1);
    return domain == m_normalized
        || (domain.endsWith(m_normalized) && domain.at(domain.size() - m_normalized.size() - 1) == QLatin1Char('.'));
}

QString AddressRule::normalizeDomain(const QString &domain)
{
    QString d = domain.trimmed();
    while (d.endsWith(QLatin1Char('.'))) // the root label: "sumologic.com." is sumologic.com
        d.chop(1);
    const QByteArray ace = QUrl::toAce(d);
    return ace.isEmpty() ? TextFolding::fold(d) : QString::fromLatin1(ace).toLower();
}

QString AddressRule::normalize(const QString &address)
{
    QString a = address.trimmed();
    if (a.startsWith(QLatin1Char('<')) && a.endsWith(QLatin1Char('>')))
        a = a.mid(1, a.size() - 2);
    const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return TextFolding::fold(a);
    return TextFolding::fold(a.left(at)) + QLatin1Char('@') + normalizeDomain(a.mid(at + 1));
}

} // namespace soar::rules
