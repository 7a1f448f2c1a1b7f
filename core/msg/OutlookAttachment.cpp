#include "msg/OutlookAttachment.h"

namespace soar::msg {

QString OutlookAttachment::fileName() const
{
    if (!longFileName.isEmpty())
        return longFileName;
    if (!shortFileName.isEmpty())
        return shortFileName;
    return displayName;
}

} // namespace soar::msg
