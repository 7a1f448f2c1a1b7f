#include "soar/SoarTlsPolicy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>

namespace soar::soar {

using common::Error;

QByteArray SoarTlsPolicy::normaliseFingerprint(const QString &typed)
{
    QString hex = typed.trimmed().toLower();
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    return hex.toLatin1();
}

common::Result<SoarTlsPolicy> SoarTlsPolicy::create(const SoarTlsOptions &options)
{
    SoarTlsPolicy policy;
    policy.m_configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!options.caFile.trimmed().isEmpty()) {
        QFile file(options.caFile.trimmed());
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Config,
                QStringLiteral("Cannot read the SOAR CA file %1: %2. Fix the path in the SOAR settings.")
                    .arg(file.fileName(), file.errorString()));
        const QList<QSslCertificate> cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (cas.isEmpty())
            return Error(Error::Kind::Config,
                QStringLiteral("The SOAR CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                    .arg(file.fileName()));
        QList<QSslCertificate> all = policy.m_configuration.caCertificates();
        all += cas;
        policy.m_configuration.setCaCertificates(all);
    }
    if (!options.trustedFingerprint.trimmed().isEmpty()) {
        static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
        const QByteArray hex = normaliseFingerprint(options.trustedFingerprint);
        if (!sha256Hex.match(QString::fromLatin1(hex)).hasMatch())
            return Error(Error::Kind::Config,
                QStringLiteral("The trusted SOAR certificate fingerprint must be a SHA-256 fingerprint: 64 hex digits "
                               "(colons allowed)."));
        policy.m_trustedSha256 = hex;
    }
    return policy;
}

bool SoarTlsPolicy::mayIgnore(const QList<QSslError> &errors) const
{
    if (m_trustedSha256.isEmpty() || errors.isEmpty())
        return false;
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = error.certificate();
        if (certificate.isNull() || certificate.digest(QCryptographicHash::Sha256).toHex() != m_trustedSha256)
            return false;
    }
    return true;
}

QString SoarTlsPolicy::describe(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts << error.errorString();
    texts.removeDuplicates();
    return texts.join(QStringLiteral("; "));
}

} // namespace soar::soar
