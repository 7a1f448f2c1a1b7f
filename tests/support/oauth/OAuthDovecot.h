#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace soar::test {

// A Dovecot of the test's own whose logins are OAuth bearer tokens checked by introspection at
// `introspectionUrl` (tests/rig/oauth-dovecot.sh). Implicit TLS with the rig's certificate;
// stopped when destroyed.
class OAuthDovecot {
public:
    OAuthDovecot() = default;
    ~OAuthDovecot();
    OAuthDovecot(const OAuthDovecot &) = delete;
    OAuthDovecot &operator=(const OAuthDovecot &) = delete;

    // False with error() when it did not come up.
    bool start(const QUrl &introspectionUrl);
    // Dovecot validates JWT access tokens itself with the PEM public keys in
    // keyDir/<azp or "default">/<alg>/<kid>.
    bool startWithLocalKeys(const QString &keyDir);
    quint16 port() const { return m_port; }
    const QString &error() const { return m_error; }
    QString log() const;

private:
    bool startWith(const QString &validation);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_started = false;
    QString m_error;
};

} // namespace soar::test
