#pragma once

#include "soar/HttpAnswer.h"
#include "soar/SoarJobContext.h"
#include "soar/SoarResult.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkReply;

namespace soar::soar {

// One REST request to Cloud SOAR. The base class owns everything endpoints share: the
// Authorization header, TLS policy, the timeout, the redirect policy (same host only, never
// https -> http), mapping failures to actionable errors, and emitting finished() exactly once.
// Subclasses say what to send and how to read a 2xx answer.
class SoarJob : public QObject {
    Q_OBJECT
public:
    explicit SoarJob(SoarJobContext context, QObject *parent = nullptr);
    ~SoarJob() override;

    void start();
    // Stops the request; finished() reports Kind::Cancelled.
    void abort();

signals:
    void finished(const ::soar::soar::SoarResult &result);

protected:
    struct Request {
        QByteArray method;
        QString path; // relative to the API root (see SoarEndpoints)
        QByteArray contentType; // empty: no body
        QByteArray body;
        QByteArray idempotencyKey; // empty: header not sent
    };
    virtual Request request() const = 0;
    // The operation in words for error messages: "creating an incident".
    virtual QString what() const = 0;
    // Reads a 2xx answer. The default takes a JSON object (or an empty body) and rejects
    // anything else as "not a Cloud SOAR API".
    virtual void interpretSuccess(const HttpAnswer &answer, SoarResult &result) const;

private:
    void send(const QUrl &url);
    void onReplyFinished();
    // Follows a 3xx itself (Qt 6.4's user-verified redirects mix up bodies on keep-alive
    // connections); returns false when the answer is not a redirect to follow.
    bool followRedirect(QNetworkReply *reply);
    void onTimeout();
    void finish(SoarResult result);
    SoarResult resultFromReply(QNetworkReply *reply) const;
    bool redirectAllowed(const QUrl &target) const;

    SoarJobContext m_context;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<RequestTimer> m_timer;
    Request m_request;
    QUrl m_url; // the URL of the current request
    QUrl m_rejectedRedirect;
    int m_redirects = 0;
    QString m_tlsProblems;
    bool m_started = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace soar::soar
