#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace soar::test {

// Builds RFC 5322 test mails: a fluent description in, raw bytes out.
//   TestMail().from("a@x.org").to("b@y.org").subject("Hi").body("text").attach("a.pdf", bytes).raw()
class TestMail {
public:
    TestMail &from(const QString &address);
    TestMail &to(const QString &address);
    TestMail &cc(const QString &address);
    TestMail &subject(const QString &subject); // non-ASCII is RFC 2047 encoded
    TestMail &messageId(const QString &id); // without <>; a unique one by default
    TestMail &date(const QDateTime &date);
    TestMail &header(const QString &name, const QString &value);
    TestMail &body(const QString &text);
    TestMail &html(const QString &html);
    // A non-ASCII file name is RFC 2047 encoded (as Outlook and Gmail do).
    TestMail &attach(const QString &fileName, const QByteArray &data, const QByteArray &contentType = "application/octet-stream");
    // The file name as an RFC 2231 parameter (filename*=UTF-8''R%C3%BC...), as Thunderbird does.
    TestMail &attachRfc2231(const QString &fileName, const QByteArray &data);
    TestMail &padTo(int bytes); // adds body text until the mail is about this size

    QByteArray raw() const;
    QString id() const { return m_messageId; }

    // Base64 in 76-character lines, as mailers send attachments (and as raw() writes them).
    static QByteArray base64Lines(const QByteArray &bytes, const QByteArray &lineEnd = "\r\n");

private:
    struct Part {
        QString fileName;
        QByteArray data;
        QByteArray contentType;
        bool rfc2231 = false;
    };
    static QByteArray encodeWord(const QString &text);

    QString m_from = QStringLiteral("sender@example.org");
    QStringList m_to {QStringLiteral("soc@example.test")};
    QStringList m_cc;
    QString m_subject = QStringLiteral("Test mail");
    QString m_messageId;
    QDateTime m_date = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    QList<std::pair<QString, QString>> m_headers;
    QString m_body = QStringLiteral("Hello.");
    QString m_html;
    QList<Part> m_parts;
    int m_padTo = 0;
    bool m_toSet = false;

public:
    TestMail();
};

} // namespace soar::test
