#pragma once

#include "soar/HttpAnswer.h"
#include "soar/SoarConnection.h"
#include "soar/SoarResult.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QString>

namespace soar::soar {

// Turns what went wrong on the wire into a sentence an analyst can act on, plus the retry
// hints the outbox needs. `what` names the operation ("creating an incident").
class SoarErrorMapper {
public:
    static SoarResult fromHttp(const HttpAnswer &answer, SoarAuthMode auth, const QString &what, const QDateTime &now);

    // `tlsProblems` are the certificate errors seen during the handshake, if any.
    static SoarResult fromNetwork(QNetworkReply::NetworkError code, const QString &errorString, const QString &host,
        const QString &what, const QString &tlsProblems);
    static SoarResult timedOut(const QString &host, const QString &what, int timeoutSeconds);

    // The message in a JSON error body ("message", "error", "detail", "errors"[0]) or the
    // start of a plain-text body; empty for HTML pages and empty bodies.
    static QString serverMessage(const HttpAnswer &answer);
};

} // namespace soar::soar
