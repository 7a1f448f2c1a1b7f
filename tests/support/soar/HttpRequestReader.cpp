#include "HttpRequestReader.h"

namespace soar::test {

namespace {
constexpr int kMaxHeaderBytes = 64 * 1024;
}

std::optional<HttpRequest> HttpRequestReader::take(QByteArray &buffer, QString *error)
{
    error->clear();
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            *error = QStringLiteral("request header larger than 64 KiB");
        return std::nullopt;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        *error = QStringLiteral("malformed request line: %1").arg(QString::fromLatin1(lines.first().trimmed()));
        return std::nullopt;
    }
    HttpRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.version = requestLine.at(2);
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0) {
            *error = QStringLiteral("malformed header line: %1").arg(QString::fromLatin1(line));
            return std::nullopt;
        }
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (request.header("Transfer-Encoding").toLower().contains("chunked")) {
        *error = QStringLiteral("chunked request bodies are not supported by the test server");
        return std::nullopt;
    }
    bool ok = true;
    const QByteArray lengthText = request.header("Content-Length");
    const int length = lengthText.isEmpty() ? 0 : lengthText.toInt(&ok);
    if (!ok || length < 0) {
        *error = QStringLiteral("bad Content-Length: %1").arg(QString::fromLatin1(lengthText));
        return std::nullopt;
    }
    const int bodyStart = headerEnd + 4;
    if (buffer.size() < bodyStart + length)
        return std::nullopt;
    request.body = buffer.mid(bodyStart, length);
    buffer.remove(0, bodyStart + length);
    return request;
}

} // namespace soar::test
