#include "TestBrowser.h"

#include <QNetworkReply>

namespace soar::test {

void TestBrowser::visit(const QUrl &url)
{
    ++m_visits;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_lastPage = reply->readAll();
        emit loaded(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), m_lastPage);
    });
}

void TestBrowser::open(const QUrl &url)
{
    m_opened.append(url);
    if (m_signsIn)
        visit(url);
}

} // namespace soar::test
