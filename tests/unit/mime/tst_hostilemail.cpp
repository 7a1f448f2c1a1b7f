// Scenario 11 of the reliability suite (docs/RELIABILITY.md): mail built to hurt the parser.
// Every case must come back as a Mail (never a crash), with what could not be read flagged as
// a defect, the limits holding, and file names that cannot leave the folder they are saved in.
// No timing assertions: finishing inside the CTest timeout is the bound on time.
#include "TestMail.h"
#include "mime/FileNameSanitizer.h"
#include "mime/MailDefect.h"
#include "mime/MailParser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using soar::mime::Attachment;
using soar::mime::FileNameSanitizer;
using soar::mime::Mail;
using soar::mime::MailDefect;
using soar::mime::MailParser;

namespace {

const QByteArray kHead = "From: attacker@example.test\nTo: soc@example.test\nSubject: hostile\nMIME-Version: 1.0\n";

// depth nested multiparts; every level uses the same boundary prefix so the mail stays small.
QByteArray nestedMultiparts(int depth)
{
    QByteArray raw = kHead;
    raw.reserve(depth * 64);
    for (int i = 0; i < depth; ++i)
        raw += "Content-Type: multipart/mixed; boundary=\"n" + QByteArray::number(i) + "\"\n\n--n" + QByteArray::number(i) + "\n";
    raw += "Content-Type: text/plain\n\ninnermost\n";
    for (int i = depth - 1; i >= 0; --i)
        raw += "--n" + QByteArray::number(i) + "--\n";
    return raw;
}

// depth message/rfc822 parts, each enclosing the next mail.
QByteArray nestedMessages(int depth)
{
    QByteArray raw = kHead;
    for (int i = 0; i < depth; ++i)
        raw += "Content-Type: message/rfc822\n\nFrom: x" + QByteArray::number(i) + "@example.test\n";
    return raw + "Content-Type: text/plain\n\ninnermost\n";
}

QByteArray tinyParts(int count)
{
    QByteArray raw = kHead + "Content-Type: multipart/mixed; boundary=p\n\n";
    raw.reserve(raw.size() + qsizetype(count) * 48);
    for (int i = 0; i < count; ++i)
        raw += "--p\nContent-Type: application/octet-stream\n\nx\n";
    return raw + "--p--\n";
}

QByteArray singlePart(const QByteArray &headers, const QByteArray &body)
{
    return kHead + headers + "\n" + body;
}

QByteArray attachmentNamed(const QByteArray &disposition)
{
    return kHead + "Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nsee attached\n"
        + "--x\nContent-Type: application/octet-stream\n" + disposition + "\nContent-Transfer-Encoding: base64\n\nTVo=\n--x--\n";
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 seed = 7;
    for (char &c : bytes) {
        seed = seed * 1103515245u + 12345u;
        c = char(seed >> 16);
    }
    return bytes;
}

QByteArray withBase64Attachment(const QByteArray &encodedLines)
{
    return kHead + "Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nsee attached\n"
        + "--x\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=big.bin\n"
        + "Content-Transfer-Encoding: base64\n\n" + encodedLines + "--x--\n";
}

bool hasDefect(const Mail &mail, const QString &kind)
{
    return std::any_of(
        mail.defects.cbegin(), mail.defects.cend(), [&kind](const QString &d) { return d.startsWith(kind + QLatin1Char(':')); });
}

bool hasDefectStarting(const Mail &mail, const QString &prefix)
{
    for (const QString &d : mail.defects) {
        if (d.startsWith(prefix))
            return true;
    }
    return false;
}

QString defects(const Mail &mail)
{
    return mail.defects.join(QLatin1Char('\n'));
}

// How many parts (attachments and enclosed mails) a mail holds, recursively.
int partCount(const Mail &mail)
{
    int count = 0;
    for (const Attachment &a : mail.attachments) {
        ++count;
        if (a.enclosed)
            count += partCount(*a.enclosed);
    }
    return count;
}

} // namespace

class TestHostileMail : public QObject {
    Q_OBJECT
private slots:
    void tenThousandNestedMultiparts()
    {
        const Mail mail = MailParser::parse(nestedMultiparts(10000));
        QCOMPARE(mail.subject, QStringLiteral("hostile"));
        QVERIFY2(hasDefect(mail, MailDefect::ParseLimited), qPrintable(defects(mail)));
        QVERIFY2(hasDefectStarting(mail, MailDefect::make(MailDefect::ParseLimited, QStringLiteral("MIME nesting deeper than"))),
            qPrintable(defects(mail)));
        QVERIFY(mail.defects.size() <= MailParser::Limits().maxDefects + 1);
    }

    void tenThousandNestedMails()
    {
        const Mail mail = MailParser::parse(nestedMessages(10000));
        QCOMPARE(mail.subject, QStringLiteral("hostile"));
        QVERIFY2(hasDefect(mail, MailDefect::ParseLimited), qPrintable(defects(mail)));
        int depth = 0;
        for (const Mail *m = &mail; !m->attachments.isEmpty() && m->attachments.first().enclosed;
             m = m->attachments.first().enclosed.get())
            ++depth;
        // As in tst_mailparser's enclosedMessagesCountTowardDepth: maxDepth levels are read, the
        // next enclosed mail is kept with its headers only.
        QVERIFY2(depth <= MailParser::Limits().maxDepth + 1, qPrintable(QString::number(depth)));
    }

    void aMillionTinyParts()
    {
        const QByteArray raw = tinyParts(1'000'000);
        const Mail mail = MailParser::parse(raw);
        QCOMPARE(mail.rawSize, qint64(raw.size()));
        QVERIFY2(hasDefect(mail, MailDefect::ParseLimited), qPrintable(defects(mail)));
        QVERIFY(mail.defects.contains(
            MailDefect::make(MailDefect::ParseLimited, QStringLiteral("more than 10000 MIME parts; the rest were not read"))));
        QVERIFY(partCount(mail) < MailParser::Limits().maxParts);
    }

    void tenMegabyteHeaderLineBeforeTheBody()
    {
        const QByteArray raw = kHead + "X-Filler: " + QByteArray(10 * 1024 * 1024, 'h') + "\nX-After: 1\n\nbody\n";
        const Mail mail = MailParser::parse(raw);
        QCOMPARE(mail.subject, QStringLiteral("hostile"));
        QVERIFY2(hasDefect(mail, MailDefect::ParseLimited), qPrintable(defects(mail)));
        qint64 headerBytes = 0;
        for (const auto &h : mail.headers)
            headerBytes += h.name.size() + h.rawValue.size();
        QVERIFY(headerBytes <= MailParser::Limits().maxHeaderBytes);
    }

    void badTransferEncodings_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("defectKind"); // empty: only "no crash and the part is kept"
        QTest::newRow("base64 with garbage")
            << attachmentNamed("Content-Disposition: attachment; filename=a.bin").replace("TVo=", "T!V@o#$%^&*===\n====")
            << MailDefect::BadBase64;
        QTest::newRow("base64 cut mid-group")
            << attachmentNamed("Content-Disposition: attachment; filename=a.bin").replace("TVo=", "TVqQAAMAAAAEAAAAA")
            << MailDefect::BadBase64;
        QTest::newRow("base64 data after the padding")
            << attachmentNamed("Content-Disposition: attachment; filename=a.bin").replace("TVo=", "TVo=TVqQ")
            << MailDefect::BadBase64;
        QTest::newRow("base64 with too much padding")
            << attachmentNamed("Content-Disposition: attachment; filename=a.bin").replace("TVo=", "TVo===")
            << MailDefect::BadBase64;
        // An attachment is checked in pieces as it is decoded: a flaw far from the start, or
        // padding and data in different pieces, must still be seen.
        QByteArray deepGarbage = soar::test::TestMail::base64Lines(randomBytes(3 * 1024 * 1024));
        deepGarbage[deepGarbage.size() / 2] = '!';
        QTest::newRow("base64 garbage two megabytes in") << withBase64Attachment(deepGarbage) << MailDefect::BadBase64;
        QTest::newRow("base64 data after padding, pieces apart") << withBase64Attachment(
            soar::test::TestMail::base64Lines(randomBytes(100000)) + "TVo=\r\n" + QByteArray(40000, '\n') + "TVqQ\r\n")
                                                                 << MailDefect::BadBase64;
        QTest::newRow("quoted-printable with bad escapes")
            << singlePart("Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n", "a=ZZb=\n=4\n=\r\n==3D=")
            << MailDefect::BadQuotedPrintable;
        QTest::newRow("quoted-printable escape cut off at the end")
            << singlePart("Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n", "fine=20text=C")
            << MailDefect::BadQuotedPrintable;
        QTest::newRow("quoted-printable soft break at the end")
            << singlePart("Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n", QByteArray(100000, '='))
            << QString();
        QTest::newRow("uuencode without end")
            << singlePart("Content-Type: application/octet-stream\nContent-Transfer-Encoding: x-uuencode\n",
                   "begin 644 ../../evil.sh\nM86)C\n\x7f\x7f\x7f\n")
            << QString();
        QTest::newRow("uuencode with absurd line lengths")
            << singlePart("Content-Type: application/octet-stream\nContent-Transfer-Encoding: uuencode\n",
                   "begin 644 x\n" + QByteArray(5000, 'M') + "\n`\nend\n")
            << QString();
        QTest::newRow("unknown transfer encoding")
            << singlePart("Content-Type: text/plain\nContent-Transfer-Encoding: x-rot13-base91\n", "uryyb\n") << QString();
    }

    void largeAttachmentIsDecodedAndHashedExactly()
    {
        const QByteArray payload = randomBytes(5 * 1024 * 1024 + 7);
        const Mail mail = MailParser::parse(withBase64Attachment(soar::test::TestMail::base64Lines(payload)));
        QVERIFY2(mail.defects.isEmpty(), qPrintable(defects(mail)));
        QCOMPARE(mail.attachments.size(), 1);
        const Attachment &a = mail.attachments.first();
        QVERIFY(a.data == payload);
        QCOMPARE(a.size, payload.size());
        QCOMPARE(a.md5, QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Md5).toHex()));
        QCOMPARE(a.sha1, QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha1).toHex()));
        QCOMPARE(a.sha256, QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
    }

    void badTransferEncodings()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, defectKind);
        const Mail mail = MailParser::parse(raw);
        QCOMPARE(mail.subject, QStringLiteral("hostile"));
        QCOMPARE(mail.rawSize, qint64(raw.size()));
        if (!defectKind.isEmpty())
            QVERIFY2(hasDefect(mail, defectKind), qPrintable(defects(mail)));
        for (const Attachment &a : mail.attachments)
            QCOMPARE(a.size, a.data.size());
    }

    void unknownCharsets_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("body charset") << singlePart("Content-Type: text/plain; charset=x-klingon-9\n", "qapla\xff\xfe\n");
        QTest::newRow("RFC 2047 subject") << QByteArray("From: a@example.test\nSubject: =?x-nope?B?aGVsbG8=?=\n\nbody\n");
        QTest::newRow("RFC 2231 file name") << attachmentNamed(
            "Content-Disposition: attachment; filename*=x-nope''%2e%2e%2fpasswd");
        QTest::newRow("charset name of 10,000 bytes")
            << singlePart("Content-Type: text/plain; charset=" + QByteArray(10000, 'c') + "\n", "text\n");
    }

    void unknownCharsets()
    {
        QFETCH(QByteArray, raw);
        const Mail mail = MailParser::parse(raw);
        QCOMPARE(mail.rawSize, qint64(raw.size()));
        QVERIFY2(
            hasDefect(mail, MailDefect::UnknownCharset) || hasDefect(mail, MailDefect::BadHeader), qPrintable(defects(mail)));
        for (const Attachment &a : mail.attachments)
            QVERIFY(!a.fileName.contains(QLatin1Char('/')));
    }

    // The name a hostile mail gives its attachment, as the parser and the sanitizer hand it on:
    // joined to a folder it must name a file directly inside that folder.
    void attachmentNamesStayInTheSaveFolder_data()
    {
        QTest::addColumn<QByteArray>("disposition");
        QTest::newRow("parent dirs") << QByteArray("Content-Disposition: attachment; filename=\"../../../etc/cron.d/x\"");
        QTest::newRow("absolute") << QByteArray("Content-Disposition: attachment; filename=\"/etc/passwd\"");
        QTest::newRow("windows absolute") << QByteArray(
            "Content-Disposition: attachment; filename=\"C:\\\\Windows\\\\evil.dll\"");
        QTest::newRow("only dots") << QByteArray("Content-Disposition: attachment; filename=\"..\"");
        QTest::newRow("trailing slash") << QByteArray("Content-Disposition: attachment; filename=\"evil/\"");
        QTest::newRow("encoded slash") << QByteArray("Content-Disposition: attachment; filename*=utf-8''..%2F..%2Fx.sh");
        QTest::newRow("encoded NUL") << QByteArray("Content-Disposition: attachment; filename*=utf-8''safe.pdf%00.exe");
        QTest::newRow("RFC 2047 slash") << QByteArray("Content-Disposition: attachment; filename=\"=?utf-8?Q?=2E=2E=2Fx?=\"");
        QTest::newRow("home") << QByteArray("Content-Disposition: attachment; filename=\"~/.bashrc\"");
        QTest::newRow("newline") << QByteArray("Content-Disposition: attachment; filename*=utf-8''a%0A..%2F%0Db");
        QTest::newRow("name parameter") << QByteArray(
            "Content-Type: application/x-sh; name=\"/tmp/../root/.ssh/authorized_keys\"");
    }

    void attachmentNamesStayInTheSaveFolder()
    {
        QFETCH(QByteArray, disposition);
        const Mail mail = MailParser::parse(attachmentNamed(disposition));
        QVERIFY(!mail.attachments.isEmpty());
        QTemporaryDir target;
        QVERIFY(target.isValid());
        const QString folder = QFileInfo(target.path()).canonicalFilePath();
        for (const Attachment &a : mail.attachments) {
            const QString name = a.fileName;
            QVERIFY2(!name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
                    && !name.contains(QChar(0)) && name != QLatin1String("..") && name != QLatin1String("."),
                qPrintable(name));
            const QFileInfo saved(QDir(folder).filePath(name));
            QCOMPARE(QFileInfo(saved.absolutePath()).canonicalFilePath(), folder);
            // And the sanitizer alone (the UI's save path) agrees on the raw name.
            QCOMPARE(FileNameSanitizer::sanitize(name, 1, a.contentType), name);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileMail)
#include "tst_hostilemail.moc"
