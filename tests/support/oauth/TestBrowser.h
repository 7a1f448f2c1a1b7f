#pragma once

#include <QByteArray>
#include <QList>
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
    // The URLs the application asked the desktop to open (see gui/GuiHelpers.h BrowserHandler).
    const QList<QUrl> &opened() const { return m_opened; }
    // false: the analyst leaves the page open without signing in.
    void setSignsIn(bool signsIn) { m_signsIn = signsIn; }

public slots:
    // QDesktopServices::setUrlHandler target: what the desktop does with the application's URL.
    void open(const QUrl &url);

signals:
    void loaded(int httpStatus, const QByteArray &page);

private:
    QNetworkAccessManager m_network;
    int m_visits = 0;
    QByteArray m_lastPage;
    QList<QUrl> m_opened;
    bool m_signsIn = true;
};

} // namespace soar::test
