#pragma once

#include "common/Result.h"

#include <QObject>

#include <functional>

class QProcess;
class QTimer;

namespace soar::settings {

// Runs a user's secret command through the shell (like mbsync's PassCmd) and yields the first
// line of its output. Used where no keychain is available, e.g. soar-imapd on a server.
class SecretCommand : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const common::Result<QString> &)>;

    // settingKey names the setting in errors, e.g. "imap.passwordCommand".
    SecretCommand(QString command, QString settingKey, QObject *parent = nullptr);
    void run(Callback done, int timeoutMs = 30000);

private:
    void finish(const common::Result<QString> &result);

    QString m_command;
    QString m_settingKey;
    QProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
    Callback m_done;
};

} // namespace soar::settings
