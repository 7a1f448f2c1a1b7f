#include "OAuthDovecot.h"

#include <QFile>
#include <QProcess>

namespace soar::test {

namespace {

QString script()
{
    return qEnvironmentVariable("SOAR_RIG_OAUTH_DOVECOT");
}

bool run(const QStringList &arguments, QByteArray *out, QString *error)
{
    QProcess process;
    process.start(script(), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3 %4")
                     .arg(script(), arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()),
                         process.errorString());
        return false;
    }
    *out = process.readAllStandardOutput();
    return true;
}

} // namespace

OAuthDovecot::~OAuthDovecot()
{
    if (!m_started)
        return;
    QByteArray out;
    QString error;
    run({QStringLiteral("stop"), m_dir.path()}, &out, &error);
}

bool OAuthDovecot::start(const QUrl &introspectionUrl)
{
    return startWith(introspectionUrl.toString());
}

bool OAuthDovecot::startWithLocalKeys(const QString &keyDir)
{
    return startWith(QStringLiteral("local:") + keyDir);
}

bool OAuthDovecot::startWith(const QString &validation)
{
    if (script().isEmpty()) {
        m_error = QStringLiteral("SOAR_RIG_OAUTH_DOVECOT is not set: run the tests under tests/rig/with-rig.sh");
        return false;
    }
    QByteArray out;
    m_started = true; // stop even a half-started instance
    if (!run({QStringLiteral("start"), m_dir.path(), validation}, &out, &m_error))
        return false;
    m_port = quint16(out.trimmed().toUInt());
    if (m_port == 0)
        m_error = QStringLiteral("oauth-dovecot.sh printed no port: %1").arg(QString::fromLocal8Bit(out));
    return m_port != 0;
}

QString OAuthDovecot::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("dovecot.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

} // namespace soar::test
