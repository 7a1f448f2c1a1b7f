#include "FakeTransport.h"

#include <QTimer>

namespace soar::test {

FakeTransport::FakeTransport(QObject *parent) : Transport(parent)
{ }

void FakeTransport::connectToHost(const QString &, quint16, bool implicitTls)
{
    m_connectRequested = true;
    m_implicitTls = implicitTls;
    QTimer::singleShot(0, this, [this, implicitTls]() {
        m_encrypted = implicitTls;
        emit connected();
    });
}

void FakeTransport::startTls()
{
    m_startTlsRequested = true;
    if (m_autoTls)
        QTimer::singleShot(0, this, &FakeTransport::completeTls);
}

void FakeTransport::completeTls()
{
    m_encrypted = true;
    emit encrypted();
}

void FakeTransport::serverSendsByteByByte(const QByteArray &bytes)
{
    for (char c : bytes)
        emit bytesReceived(QByteArray(1, c));
}

} // namespace soar::test
