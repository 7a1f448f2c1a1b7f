// Feeds arbitrary bytes to the Outlook .msg reader: it must return a value or an error, never
// crash, hang or read out of bounds (run under ASan/UBSan by scripts/fuzz).
#include "msg/OutlookMessageReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

// Touch everything the reader produced so lazily wrong sizes show up under ASan.
qsizetype walk(const soar::msg::OutlookMessage &m)
{
    qsizetype total = m.subject.size() + m.body.size() + m.htmlBody.size() + m.transportHeaders.size();
    for (const auto &r : m.recipients)
        total += r.name.size() + r.email.size();
    for (const auto &a : m.attachments) {
        total += a.fileName().size() + a.data.size() + a.mimeTag.size();
        if (a.embeddedMessage)
            total += walk(*a.embeddedMessage);
    }
    return total;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = soar::msg::OutlookMessageReader().read(bytes);
    if (result.ok())
        (void)walk(result.value());
    else
        (void)result.error().message.size();
    return 0;
}
