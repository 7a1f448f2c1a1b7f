#pragma once

#include <QString>

namespace soar::common {

// An error is a value: what kind of thing failed, a sentence for the analyst, and the
// technical detail (server text, socket error) for the log and the "details" disclosure.
struct Error {
    enum class Kind {
        None,
        Network, // DNS, connection refused, connection lost
        Tls, // handshake or certificate problems
        Auth, // credentials rejected
        Protocol, // the peer said something we cannot understand
        ServerNo, // the server answered NO / BAD
        Timeout, // nothing happened within the allowed time
        Cancelled, // we stopped it ourselves
        Config, // settings are invalid
        Storage, // local disk / database
        Parse, // bad input data (mail, MSG, filter)
        NotFound,
        Internal,
    };

    Kind kind = Kind::None;
    QString message;
    QString detail;

    Error() = default;
    Error(Kind k, QString msg, QString det = {}) : kind(k), message(std::move(msg)), detail(std::move(det)) { }

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    bool operator==(const Error &o) const { return kind == o.kind && message == o.message && detail == o.detail; }

    // "message (detail)" for logs and command-line output.
    QString toString() const;
};

} // namespace soar::common
