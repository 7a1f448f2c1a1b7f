#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

class QCryptographicHash;
struct evp_md_ctx_st;

namespace soar::common {

// One message digest of mail bytes, fed in pieces, through OpenSSL's libcrypto, which uses the
// CPU's SHA instructions: every fetched mail is hashed (SHA-256) and every attachment three
// times, and QCryptographicHash's portable code was the largest single cost of storing mail.
class Digest {
public:
    enum class Algorithm { Md5, Sha1, Sha256 };

    explicit Digest(Algorithm algorithm);
    ~Digest();
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;

    void add(QByteArrayView piece);
    // Lowercase hex, as stored and shown; ends the digest.
    QString hex();

    static QString sha256Hex(QByteArrayView data);

private:
    evp_md_ctx_st *m_context = nullptr;
    // Only when OpenSSL refuses (an allocation failure, or a policy that disables MD5 under
    // FIPS): the portable implementation gives the same digest, slower.
    std::unique_ptr<QCryptographicHash> m_portable;
};

} // namespace soar::common
