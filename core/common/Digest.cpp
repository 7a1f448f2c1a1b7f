#include "common/Digest.h"

#include <openssl/evp.h>

#include <QCryptographicHash>

namespace soar::common {

namespace {

const EVP_MD *messageDigest(Digest::Algorithm algorithm)
{
    switch (algorithm) {
    case Digest::Algorithm::Md5:
        return EVP_md5();
    case Digest::Algorithm::Sha1:
        return EVP_sha1();
    case Digest::Algorithm::Sha256:
        return EVP_sha256();
    }
    return EVP_sha256();
}

QCryptographicHash::Algorithm qtAlgorithm(Digest::Algorithm algorithm)
{
    switch (algorithm) {
    case Digest::Algorithm::Md5:
        return QCryptographicHash::Md5;
    case Digest::Algorithm::Sha1:
        return QCryptographicHash::Sha1;
    case Digest::Algorithm::Sha256:
        return QCryptographicHash::Sha256;
    }
    return QCryptographicHash::Sha256;
}

} // namespace

QByteArray Digest::hash(QByteArrayView data, Algorithm algorithm)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), out, &length, messageDigest(algorithm), nullptr) == 1)
        return QByteArray(reinterpret_cast<const char *>(out), int(length));
    // Only an allocation failure or a policy that disables the algorithm (MD5 under FIPS) gets
    // here: the portable implementation gives the same digest, slower.
    return QCryptographicHash::hash(data, qtAlgorithm(algorithm));
}

QString Digest::hex(QByteArrayView data, Algorithm algorithm)
{
    return QString::fromLatin1(hash(data, algorithm).toHex());
}

} // namespace soar::common
