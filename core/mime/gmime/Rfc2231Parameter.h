#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace soar::mime::gmime {

// Reads an RFC 2231 parameter (filename*=, filename*0*= / filename*1*= ...) from a raw
// Content-Disposition or Content-Type value. The percent-decoded bytes of all segments are
// joined in segment order before the charset is applied, so a UTF-8 sequence cut between two
// segments (as some webmailers write long Cyrillic names) decodes whole. GMime stumbles on
// segments out of order and on webmailers that repeat "utf-8''" in every segment.
class Rfc2231Parameter {
public:
    // nullopt when the parameter is absent or not in RFC 2231 form (GMime's value stands then).
    static std::optional<QString> decode(const QByteArray &rawHeaderValue, const QByteArray &parameter);

private:
    static QString toText(const QByteArray &bytes, const QByteArray &charset);
};

} // namespace soar::mime::gmime
