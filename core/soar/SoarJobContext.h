#pragma once

#include "soar/RequestTimer.h"
#include "soar/SoarConnection.h"
#include "soar/SoarTlsPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace soar::soar {

// Everything a job needs from the outside world, checked once by SoarClient::create().
struct SoarJobContext {
    QNetworkAccessManager *network = nullptr; // not owned
    QUrl apiBase; // from SoarUrl::normalise()
    SoarAuthMode auth = SoarAuthMode::Jwt;
    QByteArray authorization; // full header value; never logged
    SoarTlsPolicy tls;
    RequestTimerFactory timerFactory;
    std::function<QDateTime()> now; // for Retry-After dates
    std::chrono::milliseconds timeout {std::chrono::seconds(30)};
};

} // namespace soar::soar
