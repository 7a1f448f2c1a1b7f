#include "settings/SecretCommand.h"

#include "common/Redactor.h"

#include <QProcess>
#include <QTimer>

namespace soar::settings {

using common::Error;

SecretCommand::SecretCommand(QString command, QString settingKey, QObject *parent)
    : QObject(parent), m_command(std::move(command)), m_settingKey(std::move(settingKey))
{ }

void SecretCommand::run(Callback done, int timeoutMs)
{
    m_done = std::move(done);
    m_process = new QProcess(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this, timeoutMs] {
        m_process->kill();
        finish(Error(
            Error::Kind::Timeout, QStringLiteral("%1 did not finish within %2 seconds").arg(m_settingKey).arg(timeoutMs / 1000)));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(Error(
                Error::Kind::Config, QStringLiteral("%1 could not be started: %2").arg(m_settingKey, m_process->errorString())));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit || exitCode != 0) {
            const QString err
                = QString::fromLocal8Bit(m_process->readAllStandardError()).section(QLatin1Char('\n'), 0, 0).trimmed();
            finish(Error(Error::Kind::Config, QStringLiteral("%1 failed (exit code %2)").arg(m_settingKey).arg(exitCode), err));
            return;
        }
        const QString secret
            = QString::fromUtf8(m_process->readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).remove(QLatin1Char('\r'));
        if (secret.isEmpty()) {
            finish(Error(Error::Kind::Config,
                QStringLiteral("%1 printed nothing; it must print the secret on its first line").arg(m_settingKey)));
            return;
        }
        common::Redactor::registerSecret(secret);
        finish(secret);
    });
    m_timer->start(timeoutMs);
    m_process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), m_command});
}

void SecretCommand::finish(const common::Result<QString> &result)
{
    if (!m_done)
        return; // exactly one answer, whichever of timeout / error / exit comes first
    m_timer->stop();
    auto done = std::move(m_done);
    m_done = nullptr;
    done(result);
}

} // namespace soar::settings
