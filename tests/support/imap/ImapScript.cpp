#include "ImapScript.h"

#include <QTest>

namespace soar::test {

namespace {
constexpr int kWaitMs = 2000;
}

QByteArray ImapScript::unescape(const QByteArray &line)
{
    QByteArray out = line;
    out.replace("\\r\\n", "\r\n");
    return out;
}

bool ImapScript::expectClient(const QByteArray &line)
{
    const QByteArray expected = unescape(line) + "\r\n";
    const auto available = [&]() { return (*m_written).size() - m_consumed >= expected.size(); };
    const bool arrived = available() || QTest::qWaitFor(available, kWaitMs);
    Q_UNUSED(arrived) // a short write is reported below with what was written
    const QByteArray actual = (*m_written).mid(m_consumed, expected.size());
    if (actual != expected) {
        m_failure = QStringLiteral("expected client to write \"%1\" but it wrote \"%2\"")
                        .arg(QString::fromUtf8(expected.trimmed()), QString::fromUtf8((*m_written).mid(m_consumed)));
        return false;
    }
    m_consumed += expected.size();
    return true;
}

bool ImapScript::nothingElseWritten()
{
    QCoreApplication::processEvents();
    if ((*m_written).size() == m_consumed)
        return true;
    m_failure = QStringLiteral("client wrote unexpected \"%1\"").arg(QString::fromUtf8((*m_written).mid(m_consumed)));
    return false;
}

bool ImapScript::play(const QByteArray &conversation)
{
    for (QByteArray line : conversation.split('\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line == "C:") {
            if (!expectClient({}))
                return false;
        } else if (line.startsWith("C: ")) {
            if (!expectClient(line.mid(3)))
                return false;
        } else if (line.startsWith("S: ") || line.startsWith("S1: ")) {
            QCoreApplication::processEvents();
            if (!m_transport) {
                m_failure = QStringLiteral("the client closed the connection before: ") + QString::fromUtf8(line);
                return false;
            }
            if (line.startsWith("S: "))
                m_transport->serverSends(unescape(line.mid(3)) + "\r\n");
            else
                m_transport->serverSendsByteByByte(unescape(line.mid(4)) + "\r\n");
        } else {
            m_failure = QStringLiteral("bad script line: ") + QString::fromUtf8(line);
            return false;
        }
    }
    return true;
}

} // namespace soar::test
