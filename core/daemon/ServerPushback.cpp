#include "daemon/ServerPushback.h"

#include <QRegularExpression>

namespace soar::daemon {

ServerPushback ServerPushback::of(const common::Error &error)
{
    ServerPushback pushback;
    if (error.kind != common::Error::Kind::ServerNo && error.kind != common::Error::Kind::Network
        && error.kind != common::Error::Kind::Auth)
        return pushback;
    const QString words = error.message + QLatin1Char(' ') + error.detail;
    if (words.contains(QLatin1String("AccessTokenExpired"), Qt::CaseInsensitive)) {
        pushback.kind = Kind::TokenExpired;
        return pushback;
    }
    static const QRegularExpression throttled(
        QStringLiteral(R"(\[UNAVAILABLE\]|throttl|Server Unavailable)"), QRegularExpression::CaseInsensitiveOption);
    if (!throttled.match(words).hasMatch())
        return pushback;
    pushback.kind = Kind::Throttled;
    static const QRegularExpression suggested(
        QStringLiteral(R"(Suggested Backoff Time:\s*(\d{1,10})\s*milliseconds)"), QRegularExpression::CaseInsensitiveOption);
    if (const auto match = suggested.match(words); match.hasMatch())
        pushback.suggestedDelayMs = match.captured(1).toLongLong();
    return pushback;
}

} // namespace soar::daemon
