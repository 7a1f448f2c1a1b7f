#pragma once

#include <QString>

#include <memory>
#include <optional>

struct psl_ctx_st;

namespace soar::tools {

// The Public Suffix List through libpsl: the newest of libpsl's built-in list and the Debian
// publicsuffix package's file. Decides whether a dotted word is a domain: `invoice.pdf` is not
// (no such top-level domain), `evil.co.uk` is (registrable under co.uk).
class PublicSuffixList {
public:
    PublicSuffixList();
    ~PublicSuffixList();
    PublicSuffixList(const PublicSuffixList &) = delete;
    PublicSuffixList &operator=(const PublicSuffixList &) = delete;

    // Shared read-only instance (loading the list costs a file read; libpsl lookups are thread-safe).
    static const PublicSuffixList &shared();

    // `label` is an ICANN or private top-level suffix on the list (no implicit "*" rule).
    bool isKnownTopLevel(const QString &label) const;
    // The registrable part ("evil.co.uk" for "a.b.evil.co.uk"), or nothing for a bare suffix.
    std::optional<QString> registrableDomain(const QString &domain) const;
    // A host name whose last label is a known suffix and that has a registrable part.
    bool isRegistrableHost(const QString &domain) const;

private:
    psl_ctx_st *m_ctx = nullptr;
};

} // namespace soar::tools
