#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace soar::test {

// One HTTP/1.1 request as the test server received it.
struct HttpRequest {
    QByteArray method;
    QByteArray target; // path and query as sent, still percent-encoded
    QByteArray version;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QByteArray path() const
    {
        const int q = target.indexOf('?');
        return q < 0 ? target : target.left(q);
    }
};

} // namespace soar::test
