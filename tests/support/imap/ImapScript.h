#pragma once

#include "FakeTransport.h"

#include <QByteArray>
#include <QPointer>
#include <QString>

#include <memory>

namespace soar::test {

// Plays an RFC-style conversation against the client over a FakeTransport:
//   C: a1 LOGIN alice <anything>   the client must write exactly this line next
//   S: * OK ready                  the server sends this line (CRLF added)
//   S1: * 1 EXISTS                 ... one byte at a time
// "\r\n" written inside a line stands for a real CRLF (for literals). Blank lines are ignored.
class ImapScript {
public:
    explicit ImapScript(FakeTransport &transport) : m_transport(&transport), m_written(transport.writtenTape()) { }

    // Returns false and sets failure() on the first mismatch.
    bool play(const QByteArray &conversation);
    bool expectClient(const QByteArray &line);
    // True when the client wrote nothing beyond what the script consumed.
    bool nothingElseWritten();
    const QString &failure() const { return m_failure; }

    static QByteArray unescape(const QByteArray &line);

private:
    // The session deletes its transport when the connection ends; what it wrote stays checkable.
    QPointer<FakeTransport> m_transport;
    std::shared_ptr<const QByteArray> m_written;
    qsizetype m_consumed = 0;
    QString m_failure;
};

} // namespace soar::test
