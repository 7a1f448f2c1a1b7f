#pragma once

#include <QByteArray>

namespace soar::soar {

// The parts of an HTTP answer the error mapping looks at.
struct HttpAnswer {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QByteArray retryAfter;

    bool isJson() const { return contentType.toLower().contains("json"); }
};

} // namespace soar::soar
