#pragma once

#include <QByteArray>
#include <QString>

namespace soar::test {

// One message as the IMAP server holds it, read independently of the engine under test.
struct ServerMail {
    quint32 uid = 0;
    QString messageId; // without <>
    QString sha256; // lowercase hex of the raw bytes
    QByteArray raw;
    bool seen = false;
};

} // namespace soar::test
