#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace soar::test {

// Plays the person at the browser: opens the authorization URL and follows the redirect back
// to the application's loopback listener, like a browser after a successful sign-in.
class TestBrowser : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void visit(const QUrl &url);
    int visits() const { return m_visits; }
    const QByteArray &lastPage() const { return m_lastPage; }

signals:
    void loaded(int httpStatus, const QByteArray &page);

private:
    QNetworkAccessManager m_network;
    int m_visits = 0;
    QByteArray m_lastPage;
};

} // namespace soar::test
