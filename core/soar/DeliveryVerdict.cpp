#include "soar/DeliveryVerdict.h"

namespace soar::soar {

DeliveryVerdict deliveryVerdict(const SoarResult &result)
{
    using Kind = common::Error::Kind;
    if (result.ok())
        return DeliveryVerdict::Delivered;
    if (result.error.kind == Kind::Cancelled)
        return DeliveryVerdict::Requeue;
    if (result.retryable)
        return DeliveryVerdict::Retry;
    if (result.error.kind == Kind::Auth || result.httpStatus == 401 || result.httpStatus == 403)
        return DeliveryVerdict::Pause;
    // A JSON 4xx is about this request; everything else (TLS, an HTML 404 or 2xx from a URL
    // that is not the API, proxy problems) is about the connection settings.
    if (result.httpStatus >= 400 && result.httpStatus < 500 && result.error.kind != Kind::Config)
        return DeliveryVerdict::Park;
    return DeliveryVerdict::Pause;
}

} // namespace soar::soar
