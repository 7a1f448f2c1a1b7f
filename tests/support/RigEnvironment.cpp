#include "RigEnvironment.h"

#include <QFile>
#include <QProcessEnvironment>

namespace soar::test {

namespace {
QString env(const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}

QList<QSslCertificate> loadPem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslCertificate::fromData(file.readAll(), QSsl::Pem);
}
} // namespace

bool RigEnvironment::available()
{
    return imapPort() != 0 && imapsPort() != 0 && imap4d().imapsPort != 0 && QFile::exists(caFile());
}

QString RigEnvironment::missingReason()
{
    return QStringLiteral("The test rig is not running: run this test through scripts/test or "
                          "tests/rig/with-rig.sh (it starts the private Dovecot and keychain).");
}

QString RigEnvironment::host()
{
    const QString h = env("SOAR_RIG_HOST");
    return h.isEmpty() ? QStringLiteral("127.0.0.1") : h;
}

quint16 RigEnvironment::imapPort()
{
    return quint16(env("SOAR_RIG_IMAP_PORT").toUShort());
}
quint16 RigEnvironment::imapsPort()
{
    return quint16(env("SOAR_RIG_IMAPS_PORT").toUShort());
}
quint16 RigEnvironment::noStartTlsPort()
{
    return quint16(env("SOAR_RIG_NOSTARTTLS_PORT").toUShort());
}
QString RigEnvironment::caFile()
{
    return env("SOAR_RIG_CA");
}
QString RigEnvironment::wrongCaFile()
{
    return env("SOAR_RIG_WRONG_CA");
}
QString RigEnvironment::expiredCertificateFile()
{
    return env("SOAR_RIG_EXPIRED_CERT");
}
QString RigEnvironment::serverKeyFile()
{
    return env("SOAR_RIG_SERVER_KEY");
}
QByteArray RigEnvironment::serverSha256Hex()
{
    return env("SOAR_RIG_SERVER_SHA256").toLatin1();
}
QString RigEnvironment::dovecotConfig()
{
    return env("SOAR_RIG_DOVECOT_CONF");
}
bool RigEnvironment::keyringAvailable()
{
    return env("SOAR_RIG_KEYRING") == QLatin1String("1");
}
QList<RigServer> RigEnvironment::servers()
{
    return {dovecot(), imap4d()};
}
RigServer RigEnvironment::dovecot()
{
    return {QStringLiteral("dovecot"), imapPort(), imapsPort(), QString()};
}
RigServer RigEnvironment::imap4d()
{
    return {QStringLiteral("imap4d"), quint16(env("SOAR_RIG_IMAP4D_IMAP_PORT").toUShort()),
        quint16(env("SOAR_RIG_IMAP4D_IMAPS_PORT").toUShort()), env("SOAR_RIG_IMAP4D_DOMAIN")};
}
quint16 RigEnvironment::oldTlsImapPort()
{
    return quint16(env("SOAR_RIG_OLDTLS_IMAP_PORT").toUShort());
}
quint16 RigEnvironment::oldTlsImapsPort()
{
    return quint16(env("SOAR_RIG_OLDTLS_IMAPS_PORT").toUShort());
}
QString RigEnvironment::imap4dHome()
{
    return env("SOAR_RIG_IMAP4D_HOME");
}
QList<QSslCertificate> RigEnvironment::caCertificates()
{
    return loadPem(caFile());
}
QList<QSslCertificate> RigEnvironment::wrongCaCertificates()
{
    return loadPem(wrongCaFile());
}

} // namespace soar::test
