#include "oauth/JwtAssertion.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace soar::oauth {

using common::Error;

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct KeyDeleter {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ContextDeleter {
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
struct BioDeleter {
    void operator()(BIO *bio) const { BIO_free(bio); }
};

} // namespace

common::Result<QByteArray> JwtAssertion::sign(
    const ServiceAccountKey &key, const QString &subject, const QStringList &scopes, const QDateTime &now)
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    const QByteArray header
        = base64Url(compact({{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}}));
    const QByteArray claims = base64Url(compact({{QStringLiteral("iss"), key.clientEmail}, {QStringLiteral("sub"), subject},
        {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))}, {QStringLiteral("aud"), key.tokenUri.toString()},
        {QStringLiteral("iat"), issuedAt}, {QStringLiteral("exp"), issuedAt + kLifetimeSeconds}}));
    const QByteArray signingInput = header + '.' + claims;

    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(key.privateKeyPem.constData(), int(key.privateKeyPem.size())));
    std::unique_ptr<EVP_PKEY, KeyDeleter> pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!pkey || EVP_PKEY_base_id(pkey.get()) != EVP_PKEY_RSA)
        return Error(Error::Kind::Config,
            QStringLiteral("The private_key of the service account key file is not an RSA private key in PEM form; download "
                           "a new JSON key."));
    std::unique_ptr<EVP_MD_CTX, ContextDeleter> context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, pkey.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(signingInput.constData()),
               size_t(signingInput.size()))
            != 1)
        return Error(Error::Kind::Internal, QStringLiteral("OpenSSL could not sign the service account assertion."));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
            reinterpret_cast<const unsigned char *>(signingInput.constData()), size_t(signingInput.size()))
        != 1)
        return Error(Error::Kind::Internal, QStringLiteral("OpenSSL could not sign the service account assertion."));
    signature.truncate(qsizetype(length));
    return signingInput + '.' + base64Url(signature);
}

} // namespace soar::oauth
