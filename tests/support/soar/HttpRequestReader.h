#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace soar::test {

// A deliberately small HTTP/1.1 request parser for the test server: request line, headers,
// and a Content-Length body (what QNetworkAccessManager sends). Chunked bodies are refused.
class HttpRequestReader {
public:
    // Takes one complete request off the front of `buffer`; nullopt while it is incomplete or
    // when it is malformed (then `error` says why).
    static std::optional<HttpRequest> take(QByteArray &buffer, QString *error);
};

} // namespace soar::test
