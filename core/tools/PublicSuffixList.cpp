#include "tools/PublicSuffixList.h"

#include <libpsl.h>

namespace soar::tools {

PublicSuffixList::PublicSuffixList() : m_ctx(psl_latest(nullptr))
{
    if (!m_ctx)
        m_ctx = const_cast<psl_ctx_t *>(psl_builtin());
}

PublicSuffixList::~PublicSuffixList()
{
    psl_free(m_ctx); // a no-op for the built-in list
}

const PublicSuffixList &PublicSuffixList::shared()
{
    static const PublicSuffixList list;
    return list;
}

bool PublicSuffixList::isKnownTopLevel(const QString &label) const
{
    if (!m_ctx || label.isEmpty() || label.contains(u'.'))
        return false;
    return psl_is_public_suffix2(m_ctx, label.toLower().toUtf8().constData(), PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE) != 0;
}

std::optional<QString> PublicSuffixList::registrableDomain(const QString &domain) const
{
    if (!m_ctx)
        return std::nullopt;
    const QByteArray utf8 = domain.toLower().toUtf8();
    const char *registrable = psl_registrable_domain(m_ctx, utf8.constData());
    if (!registrable)
        return std::nullopt;
    return QString::fromUtf8(registrable);
}

bool PublicSuffixList::isRegistrableHost(const QString &domain) const
{
    const qsizetype lastDot = domain.lastIndexOf(u'.');
    if (lastDot <= 0 || lastDot == domain.size() - 1)
        return false;
    return isKnownTopLevel(domain.mid(lastDot + 1)) && registrableDomain(domain).has_value();
}

} // namespace soar::tools
