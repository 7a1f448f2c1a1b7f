#include "TestMail.h"

#include <QAtomicInteger>
#include <QLocale>
#include <QUuid>

namespace soar::test {

TestMail::TestMail() : m_messageId(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@test.soar-imap"))
{ }

TestMail &TestMail::from(const QString &address)
{
    m_from = address;
    return *this;
}
TestMail &TestMail::to(const QString &address)
{
    if (!m_toSet)
        m_to.clear();
    m_toSet = true;
    m_to << address;
    return *this;
}
TestMail &TestMail::cc(const QString &address)
{
    m_cc << address;
    return *this;
}
TestMail &TestMail::subject(const QString &subject)
{
    m_subject = subject;
    return *this;
}
TestMail &TestMail::messageId(const QString &id)
{
    m_messageId = id;
    return *this;
}
TestMail &TestMail::date(const QDateTime &date)
{
    m_date = date;
    return *this;
}
TestMail &TestMail::header(const QString &name, const QString &value)
{
    m_headers.append({name, value});
    return *this;
}
TestMail &TestMail::body(const QString &text)
{
    m_body = text;
    return *this;
}
TestMail &TestMail::html(const QString &html)
{
    m_html = html;
    return *this;
}
TestMail &TestMail::attach(const QString &fileName, const QByteArray &data, const QByteArray &contentType)
{
    m_parts.append({fileName, data, contentType, false});
    return *this;
}
TestMail &TestMail::attachRfc2231(const QString &fileName, const QByteArray &data)
{
    m_parts.append({fileName, data, "application/octet-stream", true});
    return *this;
}
TestMail &TestMail::padTo(int bytes)
{
    m_padTo = bytes;
    return *this;
}

QByteArray TestMail::base64Lines(const QByteArray &bytes, const QByteArray &lineEnd)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray lines;
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        lines += encoded.mid(at, 76) + lineEnd;
    return lines;
}

QByteArray TestMail::encodeWord(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        return text.toUtf8();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray TestMail::raw() const
{
    QByteArray out;
    out += "From: " + encodeWord(m_from) + "\r\n";
    if (!m_to.isEmpty())
        out += "To: " + m_to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    if (!m_cc.isEmpty())
        out += "Cc: " + m_cc.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    out += "Subject: " + encodeWord(m_subject) + "\r\n";
    if (!m_messageId.isEmpty())
        out += "Message-ID: <" + m_messageId.toUtf8() + ">\r\n";
    if (m_date.isValid())
        out += "Date: " + QLocale::c().toString(m_date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000")).toLatin1()
            + "\r\n";
    for (const auto &[name, value] : m_headers)
        out += name.toUtf8() + ": " + encodeWord(value) + "\r\n";
    out += "MIME-Version: 1.0\r\n";

    QString body = m_body;
    while (m_padTo > 0 && body.size() < m_padTo)
        body += QStringLiteral("Lorem ipsum dolor sit amet, consectetur adipiscing elit %1.\r\n").arg(body.size());
    const QByteArray text = "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + body.toUtf8().toBase64(QByteArray::Base64Encoding) + "\r\n";
    if (m_parts.isEmpty() && m_html.isEmpty())
        return out + text;

    const QByteArray boundary = "=_soar_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + text;
    if (!m_html.isEmpty())
        out += "--" + boundary + "\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + m_html.toUtf8() + "\r\n";
    for (const Part &part : m_parts) {
        out += "--" + boundary + "\r\nContent-Type: " + part.contentType + "\r\n";
        if (part.rfc2231)
            out += "Content-Disposition: attachment; filename*=UTF-8''" + part.fileName.toUtf8().toPercentEncoding() + "\r\n";
        else
            out += "Content-Disposition: attachment; filename=\"" + encodeWord(part.fileName) + "\"\r\n";
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        out += base64Lines(part.data);
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace soar::test
