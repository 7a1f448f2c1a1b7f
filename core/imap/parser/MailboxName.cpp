#include "imap/parser/MailboxName.h"

namespace soar::imap {

namespace {
bool isDirect(char16_t c)
{
    return c >= 0x20 && c <= 0x7e;
}
} // namespace

QByteArray MailboxName::encode(const QString &name)
{
    QByteArray out;
    QByteArray pending; // UTF-16BE bytes of a run of non-direct characters
    const auto flush = [&]() {
        if (pending.isEmpty())
            return;
        QByteArray b64 = pending.toBase64(QByteArray::OmitTrailingEquals);
        b64.replace('/', ',');
        out += '&' + b64 + '-';
        pending.clear();
    };
    for (const QChar ch : name) {
        const char16_t c = ch.unicode();
        if (isDirect(c)) {
            flush();
            out += char(c);
            if (c == u'&')
                out += '-';
        } else {
            pending += char(c >> 8);
            pending += char(c & 0xff);
        }
    }
    flush();
    return out;
}

QString MailboxName::decode(const QByteArray &wire)
{
    QString out;
    for (qsizetype i = 0; i < wire.size(); ++i) {
        const char c = wire.at(i);
        if (static_cast<unsigned char>(c) >= 0x80)
            return QString::fromUtf8(wire);
        if (c != '&') {
            out += QLatin1Char(c);
            continue;
        }
        const qsizetype end = wire.indexOf('-', i + 1);
        if (end < 0)
            return QString::fromUtf8(wire);
        if (end == i + 1) {
            out += QLatin1Char('&');
        } else {
            QByteArray b64 = wire.mid(i + 1, end - i - 1);
            b64.replace(',', '/');
            const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.size() % 2 != 0)
                return QString::fromUtf8(wire);
            for (qsizetype k = 0; k < decoded.decoded.size(); k += 2) {
                const char16_t unit = char16_t((uchar(decoded.decoded.at(k)) << 8) | uchar(decoded.decoded.at(k + 1)));
                out += QChar(unit);
            }
        }
        i = end;
    }
    return out;
}

} // namespace soar::imap
