#pragma once

// The bench folder's mails, shared by bench_fetch (which seeds Dovecot with them) and bench_html
// (which converts their HTML parts): the same index always gives the same bytes.
#include <QByteArray>

// A deterministic "realistic" message: mostly small text mails, some HTML, some attachments.
inline QByteArray generateMail(int index)
{
    quint32 seed = quint32(index) * 2654435761u + 12345u;
    const auto rnd = [&seed](quint32 n) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 8) % n;
    };
    const int kind = int(rnd(10));
    QByteArray text;
    const QByteArray sentence = "Grüße aus Köln – the quarterly report for invoice #" + QByteArray::number(index)
        + " is attached; please verify the payment details before Friday. ";
    const int textSize = kind < 7 ? int(1500 + rnd(8000)) : int(8000 + rnd(40000));
    while (text.size() < textSize)
        text += sentence + (rnd(8) == 0 ? "\r\n" : "");
    QByteArray mail = "Return-Path: <sender" + QByteArray::number(index % 97) + "@example.net>\r\n"
        + "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <sender" + QByteArray::number(index % 97) + "@example.net>\r\n"
        + "To: bob@example.test\r\nSubject: =?UTF-8?B?"
        + QByteArray("Rechnung Nr. " + QByteArray::number(index) + " – Überprüfung").toBase64()
        + "?=\r\nDate: Mon, 4 Mar 2024 10:00:00 +0100\r\nMessage-ID: <bench-" + QByteArray::number(index)
        + "@example.net>\r\nMIME-Version: 1.0\r\n";
    if (kind < 9) {
        const bool html = kind >= 7;
        mail += QByteArray("Content-Type: ") + (html ? "text/html" : "text/plain") + "; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\n" + (html ? "<html><body><p>" + text + "</p></body></html>" : text)
            + "\r\n";
        return mail;
    }
    QByteArray attachment(int(30000 + rnd(220000)), '\0');
    for (char &c : attachment)
        c = char(rnd(256));
    QByteArray b64 = attachment.toBase64();
    QByteArray wrapped;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        wrapped += b64.mid(i, 76) + "\r\n";
    mail += "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
        + text + "\r\n--b1\r\nContent-Type: application/pdf; name=\"Rechnung.pdf\"\r\nContent-Transfer-Encoding: base64\r\n"
        + "Content-Disposition: attachment; filename=\"Rechnung.pdf\"\r\n\r\n" + wrapped + "--b1--\r\n";
    return mail;
}
