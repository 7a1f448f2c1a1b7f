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

Digest::Digest(Algorithm algorithm) : m_context(EVP_MD_CTX_new())
{
    if (m_context && EVP_DigestInit_ex(m_context, messageDigest(algorithm), nullptr) == 1)
        return;
    EVP_MD_CTX_free(m_context);
    m_context = nullptr;
    m_portable = std::make_unique<QCryptographicHash>(qtAlgorithm(algorithm));
}

Digest::~Digest()
{
    EVP_MD_CTX_free(m_context);
}

void Digest::add(QByteArrayView piece)
{
    if (m_context)
        EVP_DigestUpdate(m_context, piece.data(), size_t(piece.size()));
    else
        m_portable->addData(piece);
}

QString Digest::hex()
{
    if (!m_context)
        return QString::fromLatin1(m_portable->result().toHex());
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, out, &length);
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(out), int(length)).toHex());
}

QString Digest::sha256Hex(QByteArrayView data)
{
    Digest digest(Algorithm::Sha256);
    digest.add(data);
    return digest.hex();
}

} // namespace soar::common
