#pragma once

#include "common/Error.h"
#include "daemon/DaemonOptions.h"
#include "settings/ResourceSettings.h"

#include <QObject>
#include <QTextStream>

#include <memory>

class QNetworkAccessManager;

namespace soar::settings {
class SecretStore;
}

namespace soar::daemon {

// soar-imapd sign-in [--resource NAME]: the interactive OAuth sign-in for a person at a
// terminal, also over SSH. Microsoft 365: the device code flow (RFC 8628), the code is typed
// on any device. Google and custom providers: the authorization URL is printed and the answer
// comes to a loopback port (forward it through SSH). The refresh token goes to the keychain as
// the desktop app's sign-in puts it; without a keychain nothing is written in plain text.
class SignInCommand : public QObject {
    Q_OBJECT
public:
    SignInCommand(DaemonOptions options, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~SignInCommand() override;

    // An exit code at once (2 bad usage or settings), or -1 while the sign-in runs; finished() follows.
    int start();

signals:
    void finished(int exitCode);

private:
    int chooseResource();
    void startDeviceFlow();
    void startLoopbackFlow();
    void onSignedIn(const QString &refreshToken, const QString &account);
    // Either flow (DeviceCodeSignIn, InteractiveSignIn) ends the same way: saved, or the reason.
    template<typename Flow>
    void finishWhenDone(Flow *flow)
    {
        connect(flow, &Flow::finished, this, [this, flow](const common::Error &error) {
            flow->deleteLater();
            if (error)
                fail(error.message);
            else
                onSignedIn(flow->tokens().refreshToken, flow->tokens().account);
        });
    }
    void fail(const QString &message);

    DaemonOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    settings::ResourceSettings m_resource;
    std::unique_ptr<settings::SecretStore> m_keychain;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace soar::daemon
