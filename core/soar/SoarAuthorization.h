#pragma once

#include "common/Result.h"
#include "soar/SoarConnection.h"

#include <QByteArray>

namespace soar::soar {

// The Authorization header value for a connection: "Bearer <JWT>" or
// "Basic base64(<accessId>:<accessKey>)". Only SoarJob puts it on the wire; logs show it
// through common::Redactor::httpHeader.
class SoarAuthorization {
public:
    static common::Result<QByteArray> headerValue(const SoarConnection &connection);
};

} // namespace soar::soar
