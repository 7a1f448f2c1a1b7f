#pragma once

#include "soar/SoarResult.h"

namespace soar::soar {

// What the outbox does with the answer to one "create incident" request.
enum class DeliveryVerdict {
    Delivered, // 2xx: the incident exists
    Retry, // 5xx, 408, 429, timeout, network: try again after a backoff
    Pause, // 401/403, TLS, "not a Cloud SOAR API": nothing for this resource can succeed until
           // the analyst fixes the settings
    Park, // any other 4xx: the server refused this item; keep it for a manual retry
    Requeue, // we cancelled the request ourselves: due again at once, no backoff
};

DeliveryVerdict deliveryVerdict(const SoarResult &result);

} // namespace soar::soar
