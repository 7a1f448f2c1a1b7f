#pragma once

#include "soar/SoarTlsOptions.h"

#include <QString>

namespace soar::soar {

// How soar-imap authenticates to Cloud SOAR: the legacy tenant takes a user's JWT as a Bearer
// token, the Sumo Logic API takes an Access ID + Access Key as HTTP Basic.
enum class SoarAuthMode { Jwt, AccessKey };

// The settings the client needs, with the secret already read from the keychain.
struct SoarConnection {
    QString url; // as the analyst typed it; SoarUrl::normalise() turns it into the API root
    SoarAuthMode auth = SoarAuthMode::Jwt;
    QString accessId; // AccessKey mode only
    QString secret; // the JWT, or the Access Key
    SoarTlsOptions tls;
};

} // namespace soar::soar
