#pragma once

#include "FakeTransport.h"

#include <QByteArray>
#include <QString>

namespace soar::test {

// Plays an RFC-style conversation against the client over a FakeTransport:
//   C: a1 LOGIN alice <anything>   the client must write exactly this line next
//   S: * OK ready                  the server sends this line (CRLF added)
//   S1: * 1 EXISTS                 ... one byte at a time
// "\r\n" written inside a line stands for a real CRLF (for literals). Blank lines are ignored.
class ImapScript {
public:
    explicit ImapScript(FakeTransport &transport) : m_transport(transport) { }

    // Returns false and sets failure() on the first mismatch.
    bool play(const QByteArray &conversation);
    bool expectClient(const QByteArray &line);
    // True when the client wrote nothing beyond what the script consumed.
    bool nothingElseWritten();
    const QString &failure() const { return m_failure; }

    static QByteArray unescape(const QByteArray &line);

private:
    FakeTransport &m_transport;
    qsizetype m_consumed = 0;
    QString m_failure;
};

} // namespace soar::test
