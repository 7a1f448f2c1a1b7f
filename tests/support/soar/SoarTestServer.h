#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace soar::test {

// A local stand-in for Cloud SOAR on 127.0.0.1 (port 0), plain HTTP or HTTPS. It implements
// exactly the endpoints of docs/soar-api.md — its paths are spelled out here, not taken from
// the client's constants — checks every request against that document and records each
// violation; tests assert violations() is empty. Faults are injected per request.
class SoarTestServer : public QTcpServer {
    Q_OBJECT
public:
    enum class Deployment { Legacy, SumoApi };

    struct Fault {
        enum class Kind {
            Answer, // send `status` with `body` / `contentType` / `retryAfter` / `location`
            Hang, // read the request, answer only on releaseHeld() (a slow server)
            Drop, // close the connection without an answer
            LoseAnswer, // handle the request (an incident is created), then close without answering
        };
        Kind kind = Kind::Answer;
        int status = 0;
        QByteArray contentType = "application/json";
        QByteArray body;
        QByteArray retryAfter;
        QByteArray location;

        static Fault answer(int status, const QByteArray &jsonMessage = {});
        static Fault rateLimited(const QByteArray &retryAfter);
        static Fault page(int status, const QByteArray &html); // a web page, not the API
        static Fault redirect(const QByteArray &location);
        static Fault hang();
        static Fault drop();
        static Fault loseAnswer();
    };

    explicit SoarTestServer(Deployment deployment, QObject *parent = nullptr);

    // Credentials the server accepts; a well-formed but different Authorization gets a 401.
    void acceptToken(const QByteArray &jwt);
    void acceptAccessKey(const QByteArray &accessId, const QByteArray &accessKey);

    bool startPlain();
    bool startTls(const QString &certificateFile, const QString &keyFile);

    QUrl rootUrl() const; // http(s)://127.0.0.1:<port>/
    QUrl apiUrl() const; // rootUrl() + the documented API root of the deployment

    // The next `times` requests get `fault` instead of the normal answer.
    void injectFault(const Fault &fault, int times = 1);
    // Forgets faults not used up yet.
    void clearFaults() { m_faults.clear(); }

    void addIncident(const QString &id, const QJsonObject &incident);
    QJsonObject incident(const QString &id) const { return m_incidents.value(id); }
    int incidentCount() const { return int(m_incidents.size()); }
    // The incident a create with this Idempotency-Key made; empty when none.
    QString incidentForKey(const QByteArray &key) const { return m_idempotencyKeys.value(key); }
    // How many incidents each Idempotency-Key created (more than 1 only when keys are ignored).
    const QMap<QByteArray, int> &incidentsCreatedPerKey() const { return m_createdPerKey; }
    // Off: the server behaves as if it did not know the header (every create is a new incident).
    void setHonoursIdempotencyKey(bool honours) { m_honoursIdempotencyKey = honours; }

    // Answers the requests held by Hang faults normally, as a slow server finally would.
    void releaseHeld();

    const QList<HttpRequest> &requests() const { return m_requests; }
    const QStringList &violations() const { return m_violations; }
    int droppedOrHeld() const { return m_droppedOrHeld; }

signals:
    void requestReceived(const ::soar::test::HttpRequest &request);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Answer {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const HttpRequest &request);
    Answer route(const HttpRequest &request);
    Answer getIncident(const HttpRequest &request, const QString &id);
    Answer createIncident(const HttpRequest &request);
    Answer updateIncident(const HttpRequest &request, const QString &id);
    bool checkAuthorization(const HttpRequest &request);
    void violation(const HttpRequest &request, const QString &what);
    static QByteArray serialise(const Answer &answer);
    static Answer json(int status, const QJsonObject &object);

    Deployment m_deployment;
    QByteArray m_expectedAuthorization;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QPair<Fault, int>> m_faults;
    QMap<QString, QJsonObject> m_incidents;
    QMap<QByteArray, QString> m_idempotencyKeys;
    QMap<QByteArray, int> m_createdPerKey;
    bool m_honoursIdempotencyKey = true;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    QList<QPair<QPointer<QTcpSocket>, HttpRequest>> m_held;
    QList<HttpRequest> m_requests;
    QStringList m_violations;
    int m_nextIncidentId = 1000;
    int m_droppedOrHeld = 0;
};

} // namespace soar::test
