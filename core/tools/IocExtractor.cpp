#include "tools/IocExtractor.h"

#include "tools/CardNumber.h"
#include "tools/PublicSuffixList.h"
#include "tools/Refanger.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace soar::tools {

namespace {

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;

// A host name: labels of letters/digits/hyphens (any script), then a letter-only or punycode TLD.
#define SOAR_HOST_NAME R"((?:\w(?:[\w-]{0,61}\w)?\.)+(?:xn--[a-zA-Z0-9-]{1,59}|\p{L}{2,63}))"

const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>"'`{}|\\^\[\]]+)"), Unicode);
    return re;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w.+-])([\w.+-]+)@()" SOAR_HOST_NAME R"()(?![\w-]))"), Unicode);
    return re;
}

const QRegularExpression &domainPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w-])()" SOAR_HOST_NAME R"()(?![\w@-]))"), Unicode);
    return re;
}

const QRegularExpression &ipv4Pattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3})"
                       R"((?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?!\.?[0-9])(?![A-Za-z_]))"));
    return re;
}

const QRegularExpression &ipv6Pattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w:.])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![\w:]))"), Unicode);
    return re;
}

const QRegularExpression &cardPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w-])[0-9](?:[ -]?[0-9]){11,22}(?![\w]))"), Unicode);
    return re;
}

QString hexPatternText(int length)
{
    return QStringLiteral(R"((?<!\w)[0-9a-fA-F]{%1}(?!\w))").arg(length);
}

// Drops sentence punctuation that follows a URL in prose, and a ')' that opens nowhere in it.
QString trimUrl(QString url)
{
    static const QString trailing = QStringLiteral(".,;:!?'\"");
    while (!url.isEmpty()) {
        const QChar last = url.back();
        if (trailing.contains(last)) {
            url.chop(1);
        } else if (last == u')' && url.count(u'(') < url.count(u')')) {
            url.chop(1);
        } else {
            break;
        }
    }
    return url;
}

QString aceHost(const QString &host)
{
    return QString::fromLatin1(QUrl::toAce(host.toLower()));
}

} // namespace

// One extraction over one text: the refanged text plus the collection being filled.
class IocExtractor::Scan {
public:
    Scan(const IocExtractor &owner, const QString &text, const QString &source)
        : m_owner(owner), m_refanger(text), m_source(source)
    { }

    IocCollection run()
    {
        scanUrls();
        scanEmails();
        scanDomains();
        scanIpv4();
        scanIpv6();
        scanHashes();
        scanCards();
        return m_found;
    }

private:
    const QString &text() const { return m_refanger.refanged(); }

    void add(Ioc::Kind kind, qsizetype start, qsizetype end, const QString &normalized, const QString &detail = {})
    {
        Ioc ioc;
        ioc.kind = kind;
        ioc.value = m_refanger.originalOf(start, end);
        ioc.normalized = normalized;
        ioc.detail = detail;
        ioc.count = 1;
        ioc.defanged = m_refanger.wasChanged(start, end);
        ioc.sources = QStringList {m_source};
        m_found.add(ioc);
    }

    void scanUrls()
    {
        auto it = urlPattern().globalMatch(text());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString candidate = trimUrl(m.captured());
            const bool schemeless = candidate.startsWith(QStringLiteral("www."), Qt::CaseInsensitive);
            const QUrl url(schemeless ? QStringLiteral("http://") + candidate : candidate, QUrl::TolerantMode);
            const QString host = url.host(QUrl::FullyEncoded);
            if (!url.isValid() || host.isEmpty() || m_owner.isAllowed(host))
                continue;
            const auto registrable = m_owner.m_suffixes.registrableDomain(host);
            add(Ioc::Kind::Url, m.capturedStart(), m.capturedStart() + candidate.size(), QString::fromUtf8(url.toEncoded()),
                registrable.value_or(QString()));
        }
    }

    void scanEmails()
    {
        auto it = emailPattern().globalMatch(text());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString domain = aceHost(m.captured(2));
            if (!m_owner.m_suffixes.isRegistrableHost(domain) || m_owner.isAllowed(domain))
                continue;
            add(Ioc::Kind::Email, m.capturedStart(), m.capturedEnd(), m.captured(1) + u'@' + domain);
        }
    }

    void scanDomains()
    {
        auto it = domainPattern().globalMatch(text());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString domain = aceHost(m.captured(1));
            if (domain.isEmpty() || !m_owner.m_suffixes.isRegistrableHost(domain) || m_owner.isAllowed(domain))
                continue;
            add(Ioc::Kind::Domain, m.capturedStart(), m.capturedEnd(), domain,
                m_owner.m_suffixes.registrableDomain(domain).value_or(QString()));
        }
    }

    void scanIpv4()
    {
        auto it = ipv4Pattern().globalMatch(text());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            add(Ioc::Kind::IPv4, m.capturedStart(), m.capturedEnd(), m.captured());
        }
    }

    void scanIpv6()
    {
        auto it = ipv6Pattern().globalMatch(text());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QString candidate = m.captured();
            while (candidate.endsWith(u'.'))
                candidate.chop(1);
            QHostAddress address;
            if (!address.setAddress(candidate) || address.protocol() != QAbstractSocket::IPv6Protocol
                || address == QHostAddress(QHostAddress::AnyIPv6))
                continue;
            add(Ioc::Kind::IPv6, m.capturedStart(), m.capturedStart() + candidate.size(), address.toString());
        }
    }

    void scanHashes()
    {
        static const QRegularExpression md5(hexPatternText(32), Unicode);
        static const QRegularExpression sha1(hexPatternText(40), Unicode);
        static const QRegularExpression sha256(hexPatternText(64), Unicode);
        const std::pair<const QRegularExpression *, Ioc::Kind> kinds[]
            = {{&md5, Ioc::Kind::Md5}, {&sha1, Ioc::Kind::Sha1}, {&sha256, Ioc::Kind::Sha256}};
        for (const auto &[re, kind] : kinds) {
            auto it = re->globalMatch(text());
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                add(kind, m.capturedStart(), m.capturedEnd(), m.captured().toLower());
            }
        }
    }

    // A run of digit groups may carry a trailing number ("4111 1111 1111 1111 12/25"): try the
    // longest leading groups that make a card number.
    void scanCards()
    {
        static const QRegularExpression groupPattern(QStringLiteral("[0-9]+"));
        auto it = cardPattern().globalMatch(text());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QList<qsizetype> groupEnds;
            auto groups = groupPattern.globalMatch(m.captured());
            while (groups.hasNext())
                groupEnds.append(groups.next().capturedEnd());
            for (qsizetype k = groupEnds.size(); k > 0; --k) {
                const QString candidate = m.captured().left(groupEnds.at(k - 1));
                const QString digits = CardNumber::digitsOf(candidate);
                if (digits.size() < 12)
                    break;
                if (digits.size() > 19 || !CardNumber::passesLuhn(digits))
                    continue;
                const QString brand = CardNumber::brand(digits);
                if (brand.isEmpty())
                    continue;
                add(Ioc::Kind::CardNumber, m.capturedStart(), m.capturedStart() + candidate.size(), digits, brand);
                break;
            }
        }
    }

    const IocExtractor &m_owner;
    Refanger m_refanger;
    QString m_source;
    IocCollection m_found;
};

IocExtractor::IocExtractor() : IocExtractor(Options {}, PublicSuffixList::shared())
{ }

IocExtractor::IocExtractor(Options options, const PublicSuffixList &suffixes)
    : m_options(std::move(options)), m_suffixes(suffixes)
{
    for (QString &domain : m_options.allowedDomains)
        domain = aceHost(domain.trimmed());
}

bool IocExtractor::isAllowed(const QString &host) const
{
    const QString h = aceHost(host);
    for (const QString &allowed : m_options.allowedDomains) {
        if (!allowed.isEmpty() && (h == allowed || h.endsWith(u'.' + allowed)))
            return true;
    }
    return false;
}

IocCollection IocExtractor::extract(const QString &text, const QString &source) const
{
    return Scan(*this, text, source).run();
}

} // namespace soar::tools
