#include "DemoOutlookReport.h"

#include "MsgWriter.h"
#include "TestMail.h"
#include "msg/MapiTags.h"

#include <QDateTime>
#include <QTimeZone>

namespace soar::test {

using namespace soar::msg::mapi;

namespace {

// Fictitious names and hosts only: example.* domains and the documentation address range.
const QString kLure = QStringLiteral("https://docs-share-login.example.net/view?id=77f3");

} // namespace

QByteArray DemoOutlookReport::msg()
{
    const QDateTime sent(QDate(2026, 3, 2), QTime(8, 47, 12), QTimeZone::utc());
    const QString subject = QStringLiteral("Anna, Piotr Zielinski shared \"Q1 2026 salary review.xlsx\" with you");
    const QString body
        = QStringLiteral("Piotr Zielinski shared a file with you\r\n"
                         "\r\n"
                         "Q1 2026 salary review.xlsx\r\n"
                         "\"Hi Anna, please review the attached adjustments before Wednesday's meeting.\"\r\n"
                         "\r\n"
                         "Open: %1\r\n"
                         "\r\n"
                         "This link will work for anyone in Example Corp. Sign in with your work account to view it.\r\n"
                         "Microsoft respects your privacy. Privacy Statement\r\n")
              .arg(kLure);
    const QByteArray html = QStringLiteral(
        "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Segoe UI,sans-serif\">"
        "<p><b>Piotr Zielinski</b> shared a file with you</p>"
        "<p style=\"font-size:18px\">Q1 2026 salary review.xlsx</p>"
        "<p><i>&quot;Hi Anna, please review the attached adjustments before Wednesday's meeting.&quot;</i></p>"
        "<p><a href=\"%1\" style=\"background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none\">Open</a></p>"
        "<p style=\"color:#666;font-size:11px\">This link will work for anyone in Example Corp. Sign in with your work "
        "account to view it.</p></body></html>")
                                .arg(kLure)
                                .toUtf8();
    const QString headers
        = QStringLiteral("Received: from mail.sharepoint-online.example.net (203.0.113.45) by mx1.example.com\r\n"
                         " with ESMTPS id 4Q2k7d1xYz; Mon, 2 Mar 2026 09:47:14 +0100\r\n"
                         "Authentication-Results: mx1.example.com; spf=fail smtp.mailfrom=sharepoint-online.example.net;\r\n"
                         " dkim=none; dmarc=fail header.from=sharepoint-online.example.net\r\n"
                         "From: SharePoint Online <no-reply@sharepoint-online.example.net>\r\n"
                         "Reply-To: piotr.zielinski@mail-docs.example.org\r\n"
                         "To: Anna Nowak <a.nowak@example.com>\r\n"
                         "Subject: %1\r\n"
                         "Date: Mon, 2 Mar 2026 09:47:12 +0100\r\n"
                         "Message-ID: <0f7c2e91.5d3a.4b1e@sharepoint-online.example.net>\r\n"
                         "X-Originating-IP: [198.51.100.23]\r\n"
                         "MIME-Version: 1.0\r\n"
                         "Content-Type: multipart/alternative; boundary=\"=_share_77f3\"\r\n")
              .arg(subject);
    // What the "Open" button's page would post to: kept as a defused preview attachment.
    const QByteArray preview = QStringLiteral(
        "<!-- defused sample: the form posts nowhere -->\n<html><body><h3>Sign in to view Q1 2026 salary review.xlsx</h3>"
        "<form action=\"https://docs-share-login.example.net/auth\" method=\"post\" onsubmit=\"return false\">"
        "<input name=\"login\" placeholder=\"someone@example.com\"><input name=\"passwd\" type=\"password\">"
        "<button>Sign in</button></form></body></html>\n")
                                   .toUtf8();

    MsgWriter msg; // Unicode strings, as Outlook 2010 and later write them
    msg.setInt(MessageCodepage, 1252)
        .setInt(InternetCodepage, 65001)
        .setString(Subject, subject)
        .setString(SenderName, QStringLiteral("SharePoint Online"))
        .setString(SenderAddrType, QStringLiteral("SMTP"))
        .setString(SenderEmailAddress, QStringLiteral("no-reply@sharepoint-online.example.net"))
        .setString(SenderSmtpAddress, QStringLiteral("no-reply@sharepoint-online.example.net"))
        .setString(SentRepresentingName, QStringLiteral("SharePoint Online"))
        .setString(InternetMessageId, QStringLiteral("<0f7c2e91.5d3a.4b1e@sharepoint-online.example.net>"))
        .setString(TransportMessageHeaders, headers)
        .setTime(ClientSubmitTime, sent)
        .setTime(MessageDeliveryTime, sent.addSecs(2))
        .setString(Body, body)
        .setBinary(Html, html)
        .addRecipient({QStringLiteral("Anna Nowak"), QStringLiteral("a.nowak@example.com"), 1})
        .addAttachment(QStringLiteral("Q1 2026 salary review - preview.htm"), QStringLiteral("text/html"), preview);
    return msg.bytes();
}

QByteArray DemoOutlookReport::eml()
{
    return QByteArrayLiteral("Return-Path: <a.nowak@example.com>\n"
                             "From: Anna Nowak <a.nowak@example.com>\n"
                             "To: Phishing Reports <phishing-reports@example.com>\n"
                             "Subject: Reported with the Outlook button: shared document request\n"
                             "Date: Mon, 02 Mar 2026 10:31:07 +0100\n"
                             "Message-ID: <outlook-report.12@mail.example.com>\n"
                             "X-Mailer: Microsoft Outlook 16.0\n"
                             "MIME-Version: 1.0\n"
                             "Content-Type: multipart/mixed; boundary=\"=_outlook_report\"\n"
                             "\n"
                             "--=_outlook_report\n"
                             "Content-Type: text/plain; charset=utf-8\n"
                             "Content-Transfer-Encoding: 8bit\n"
                             "\n"
                             "This message was reported as phishing by Anna Nowak using the Report\n"
                             "Message add-in. The original message is attached as an Outlook item (.msg).\n"
                             "\n"
                             "Reporter's comment: \"Unexpected shared document, the sender asked me to\n"
                             "log in at https://docs-share-login.example.net/view?id=77f3 to see it.\"\n"
                             "\n"
                             "--=_outlook_report\n"
                             "Content-Type: application/vnd.ms-outlook; name=\"shared document request.msg\"\n"
                             "Content-Disposition: attachment; filename=\"shared document request.msg\"\n"
                             "Content-Transfer-Encoding: base64\n"
                             "\n")
        + TestMail::base64Lines(msg(), "\n") + QByteArrayLiteral("--=_outlook_report--\n");
}

} // namespace soar::test
