#pragma once

#include "common/Result.h"

#include <QString>
#include <QUrl>

namespace soar::soar {

enum class SoarDeployment {
    Legacy, // <tenant>.soar.sumologic.com and on-premises: /incmansuite_ng/api/v3/, Bearer JWT
    SumoApi, // api.<region>.sumologic.com: /api/csoar/v3/, Access ID + Access Key
};

// The API root every request path is resolved against, and a sentence telling the analyst
// what soar-imap made of the URL they typed.
struct SoarApiBase {
    QUrl apiBase; // always ends with '/'
    SoarDeployment deployment = SoarDeployment::Legacy;
    QString explanation;
};

// Turns what an analyst pastes (with or without the API path, a UI address, stray whitespace
// or slashes) into the API root, or says precisely why it cannot.
class SoarUrl {
public:
    static common::Result<SoarApiBase> normalise(const QString &typed);
};

} // namespace soar::soar
