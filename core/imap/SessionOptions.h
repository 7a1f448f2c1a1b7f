#pragma once

#include "imap/parser/ResponseParser.h"
#include "imap/transport/TlsOptions.h"

#include <QString>

namespace soar::imap {

enum class Security {
    ImplicitTls, // TLS from the first byte (port 993)
    StartTls, // plain connect, then STARTTLS is required (port 143); never falls back to plain
    None, // no encryption at all: passwords only with allowPlaintextPasswords
};

struct SessionOptions {
    QString host;
    quint16 port = 993;
    Security security = Security::ImplicitTls;
    TlsOptions tls;
    // With Security::None, LOGIN / AUTHENTICATE are refused unless the user allowed this.
    bool allowPlaintextPasswords = false;
    int connectTimeoutMs = 30'000; // TCP + TLS + greeting
    int responseTimeoutMs = 60'000; // longest silence while a command waits for the server
    // IDLE is ended (DONE) after this long so a dead connection is noticed and servers that drop
    // idle clients after 30 minutes (RFC 2177) never do.
    int idleRestartMs = 29 * 60'000;
    qint64 maxMessageSize = ResponseParser::kDefaultMaxMessageSize;
    QString name = QStringLiteral("imap"); // prefix of protocol log lines
};

} // namespace soar::imap
