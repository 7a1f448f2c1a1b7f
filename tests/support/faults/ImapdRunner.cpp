#include "ImapdRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

namespace soar::test {

ImapdRunner::ImapdRunner(QString workDir, Resource resource, QByteArray soarToken)
    : m_workDir(std::move(workDir)), m_resource(std::move(resource)), m_token(std::move(soarToken))
{
    QDir().mkpath(m_workDir);
    writeSettings();
}

QString ImapdRunner::executable()
{
    return QStringLiteral(SOAR_BINARY_DIR "/app/soar-imapd");
}

QString ImapdRunner::dataDir() const
{
    return m_workDir + QStringLiteral("/data");
}

QString ImapdRunner::storePath() const
{
    return dataDir() + QStringLiteral("/mail.db");
}

void ImapdRunner::writeSettings()
{
    QJsonObject imap {{QStringLiteral("host"), m_resource.host}, {QStringLiteral("port"), m_resource.port},
        {QStringLiteral("security"), m_resource.security}, {QStringLiteral("username"), m_resource.user},
        {QStringLiteral("passwordCommand"), QStringLiteral("echo ") + m_resource.password},
        {QStringLiteral("folder"), m_resource.folder}};
    if (!m_resource.caFile.isEmpty())
        imap.insert(QStringLiteral("caFile"), m_resource.caFile);
    if (m_resource.allowPlaintextPassword)
        imap.insert(QStringLiteral("allowPlaintextPassword"), true);
    QJsonObject resource {{QStringLiteral("name"), m_resource.name}, {QStringLiteral("imap"), imap}};
    if (!m_resource.soarUrl.isEmpty()) {
        resource.insert(QStringLiteral("soar"),
            QJsonObject {{QStringLiteral("url"), m_resource.soarUrl.toString()}, {QStringLiteral("auth"), QStringLiteral("jwt")},
                {QStringLiteral("incidentTemplateId"), 12}});
    }
    if (!m_resource.filterSubject.isEmpty())
        resource.insert(QStringLiteral("filters"), QJsonObject {{QStringLiteral("subject"), m_resource.filterSubject}});
    m_config = m_workDir + QStringLiteral("/settings.json");
    QFile file(m_config);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("resources"), QJsonArray {resource}}}).toJson());
}

QProcess *ImapdRunner::start(const QString &crashAt)
{
    return startCommand({QStringLiteral("once"), QStringLiteral("--json")}, crashAt);
}

QProcess *ImapdRunner::startCommand(const QStringList &command, const QString &crashAt)
{
    m_process = std::make_unique<QProcess>();
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SOAR_CRASH_AT"));
    if (!m_token.isEmpty())
        env.insert(QStringLiteral("SOAR_IMAP_SECRET"), QString::fromLatin1(m_token));
    if (!crashAt.isEmpty())
        env.insert(QStringLiteral("SOAR_CRASH_AT"), crashAt);
    m_process->setProcessEnvironment(env);
    m_process->start(
        executable(), QStringList {QStringLiteral("--config"), m_config, QStringLiteral("--data-dir"), dataDir()} + command);
    return m_process.get();
}

ImapdRunner::Outcome ImapdRunner::wait(int timeoutMs)
{
    Outcome outcome;
    if (!m_process)
        return outcome;
    if (m_process->state() != QProcess::NotRunning) {
        QSignalSpy finished(m_process.get(), &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            outcome.err = m_process->readAllStandardError();
            return outcome;
        }
    }
    outcome.finished = true;
    outcome.crashed = m_process->exitStatus() == QProcess::CrashExit;
    outcome.exitCode = m_process->exitCode();
    outcome.out = m_process->readAllStandardOutput();
    outcome.err = m_process->readAllStandardError();
    return outcome;
}

ImapdRunner::Outcome ImapdRunner::once(const QString &crashAt, int timeoutMs)
{
    start(crashAt);
    return wait(timeoutMs);
}

ImapdRunner::Outcome ImapdRunner::run(const QStringList &command, int timeoutMs)
{
    startCommand(command);
    return wait(timeoutMs);
}

} // namespace soar::test
