#pragma once

#include "soar/ConnectionTestStep.h"
#include "soar/SoarClientOptions.h"
#include "soar/SoarConnection.h"
#include "soar/SoarResult.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace soar::soar {

class GetIncidentJob;

// "Test connection": URL normalised, server reachable over verified TLS, credentials accepted,
// each reported on its own. One request does the work: GET incidents/<made-up id>, where a
// JSON 404 proves URL and credentials both work and 401/403 proves only the credentials wrong.
class SoarConnectionTest : public QObject {
    Q_OBJECT
public:
    // `network` may be null: the test then uses a QNetworkAccessManager of its own, which is
    // what the settings dialog wants — Qt reuses a connection to the same host and port across
    // requests with different TLS options, so a shared manager could pass on an earlier trust.
    SoarConnectionTest(
        QNetworkAccessManager *network, SoarConnection connection, SoarClientOptions options = {}, QObject *parent = nullptr);

    void start();

signals:
    // Each step that ran, in order (URL, reachable, credentials); the steps after a failed
    // one do not run and are not reported.
    void stepFinished(const ::soar::soar::ConnectionTestStep &step);
    // passed: all three steps ran and passed.
    void finished(bool passed);

private:
    void run();
    void onProbeFinished(const SoarResult &result);
    void report(ConnectionTestStep::Kind kind, bool ok, const QString &message);
    void finish();
    bool passed() const;

    QNetworkAccessManager *m_network;
    SoarConnection m_connection;
    SoarClientOptions m_options;
    QString m_credentialsProblem; // set when the credentials cannot even be sent
    QPointer<GetIncidentJob> m_probe;
    QList<ConnectionTestStep> m_steps;
    bool m_done = false;
};

} // namespace soar::soar
