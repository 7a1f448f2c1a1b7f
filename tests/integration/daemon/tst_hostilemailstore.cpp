// Scenario 11 end to end (docs/RELIABILITY.md): hostile mails go through the real path — IMAP
// fetch, parser, store — and through `soar-imapd analyze`. Each is stored once, its defects are
// kept with it, attachment names are safe, and nothing is written outside the data folder.
#include "ImapTestClient.h"
#include "RigEnvironment.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using soar::test::ImapTestClient;
using soar::test::RigEnvironment;

namespace {

QByteArray head(const QByteArray &subject)
{
    return "From: attacker@example.test\r\nTo: soc@example.test\r\nSubject: " + subject + "\r\nMessage-ID: <" + subject
        + "@hostile.example.test>\r\nMIME-Version: 1.0\r\n";
}

QByteArray nestedMultiparts(int depth)
{
    QByteArray raw = head("nested-multiparts");
    for (int i = 0; i < depth; ++i)
        raw += "Content-Type: multipart/mixed; boundary=\"n" + QByteArray::number(i) + "\"\r\n\r\n--n" + QByteArray::number(i)
            + "\r\n";
    raw += "Content-Type: text/plain\r\n\r\ninnermost\r\n";
    for (int i = depth - 1; i >= 0; --i)
        raw += "--n" + QByteArray::number(i) + "--\r\n";
    return raw;
}

QByteArray tinyParts(int count)
{
    QByteArray raw = head("tiny-parts") + "Content-Type: multipart/mixed; boundary=p\r\n\r\n";
    raw.reserve(raw.size() + qsizetype(count) * 11);
    for (int i = 0; i < count; ++i)
        raw += "--p\r\n\r\nx\r\n";
    return raw + "--p--\r\n";
}

QByteArray hugeHeader()
{
    return head("huge-header") + "X-Filler: " + QByteArray(10 * 1024 * 1024, 'h') + "\r\n\r\nbody\r\n";
}

QByteArray badEncodings()
{
    return head("bad-encodings")
        + "Content-Type: multipart/mixed; boundary=x\r\n\r\n"
          "--x\r\nContent-Type: text/plain; charset=x-klingon-9\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
          "a=ZZb=\r\n=4\r\n"
          "--x\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
          "Content-Disposition: attachment; filename=b.bin\r\n\r\nT!V@o#$%^&*=\r\n"
          "--x\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: x-uuencode\r\n"
          "Content-Disposition: attachment; filename=u.bin\r\n\r\nbegin 644 ../../u.sh\r\nM86)C\r\n"
          "--x--\r\n";
}

QByteArray hostileNames()
{
    QByteArray raw = head("hostile-names")
        + "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nhi\r\n";
    const QList<QByteArray> names
        = {"filename=\"../../../../tmp/escaped.sh\"", "filename=\"/etc/cron.d/evil\"", "filename*=utf-8''..%2F..%2Fencoded.sh",
            "filename*=utf-8''nul%00.exe", "filename=\"..\"", "filename=\"C:\\\\Windows\\\\evil.dll\""};
    for (const QByteArray &name : names)
        raw += "--x\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; " + name
            + "\r\nContent-Transfer-Encoding: base64\r\n\r\nTVo=\r\n";
    return raw + "--x--\r\n";
}

} // namespace

class TestHostileMailStore : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_root;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QString dataDir() const { return m_root.filePath(QStringLiteral("data")); }
    QString workDir() const { return m_root.filePath(QStringLiteral("cwd")); }

    Run soarImapd(const QStringList &arguments)
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOAR_IMAP_PASSWORD"), RigEnvironment::kAlicePassword);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(workDir());
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(
            QStringLiteral(SOAR_BINARY_DIR "/app/soar-imapd"), QStringList {QStringLiteral("--data-dir"), dataDir()} + arguments);
        if (!finished.wait(240000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // Every file under the temporary root outside the data folder.
    QStringList filesOutsideData() const
    {
        QStringList files;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.startsWith(dataDir() + QLatin1Char('/')))
                files << path;
        }
        files.sort();
        return files;
    }

    static void checkAttachmentNames(const QJsonObject &mail)
    {
        for (const QJsonValue &v : mail.value(QStringLiteral("attachments")).toArray()) {
            const QString name = v.toObject().value(QStringLiteral("file_name")).toString();
            QVERIFY2(!name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
                    && !name.contains(QChar(0)) && !name.startsWith(QLatin1Char('.')),
                qPrintable(name));
        }
    }

private slots:
    void initTestCase()
    {
        SOAR_REQUIRE_RIG();
        QVERIFY(m_root.isValid());
        QVERIFY(QDir().mkpath(workDir()));
    }

    void storedOnceWithTheirDefectsAndAnalyzed()
    {
        const QString folder = QStringLiteral("HostileMailStore");
        ImapTestClient alice(RigEnvironment::kAlice, RigEnvironment::kAlicePassword);
        QVERIFY(alice.resetFolder(folder));
        const QList<QByteArray> mails
            = {nestedMultiparts(10000), tinyParts(1'000'000), hugeHeader(), badEncodings(), hostileNames()};
        for (const QByteArray &raw : mails)
            QVERIFY2(alice.append(folder, raw), qPrintable(alice.lastError()));

        const QString config = m_root.filePath(QStringLiteral("settings.json"));
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(
                QJsonObject {{QStringLiteral("resources"),
                    QJsonArray {QJsonObject {{QStringLiteral("name"), folder},
                        {QStringLiteral("imap"),
                            QJsonObject {{QStringLiteral("host"), RigEnvironment::host()},
                                {QStringLiteral("port"), RigEnvironment::imapsPort()},
                                {QStringLiteral("username"), RigEnvironment::kAlice},
                                {QStringLiteral("caFile"), RigEnvironment::caFile()}, {QStringLiteral("folder"), folder}}}}}}})
                           .toJson());
        }
        // The .eml copies for `analyze`, written before the snapshot of what may exist.
        QStringList emlFiles;
        for (int i = 0; i < mails.size(); ++i) {
            const QString path = m_root.filePath(QStringLiteral("mail-%1.eml").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(mails.at(i));
            emlFiles << path;
        }
        const QStringList before = filesOutsideData();

        const Run once = soarImapd({QStringLiteral("--config"), config, QStringLiteral("once"), QStringLiteral("--json")});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        const QJsonArray stored = QJsonDocument::fromJson(once.out).array();
        QCOMPARE(stored.size(), mails.size());

        for (const QJsonValue &v : stored) {
            const QString id = v.toObject().value(QStringLiteral("cloud_soar_mail_id")).toString();
            const Run shown
                = soarImapd({QStringLiteral("--config"), config, QStringLiteral("show"), id, QStringLiteral("--json")});
            QVERIFY2(shown.exitCode == 0, shown.err.constData());
            const QJsonObject mail = QJsonDocument::fromJson(shown.out).object();
            const QString subject = mail.value(QStringLiteral("subject")).toString();
            const QJsonArray defects = mail.value(QStringLiteral("defects")).toArray();
            if (subject != QLatin1String("hostile-names"))
                QVERIFY2(!defects.isEmpty(), qPrintable(subject + QStringLiteral(": no defect recorded")));
            checkAttachmentNames(mail);
        }

        const Run again = soarImapd({QStringLiteral("--config"), config, QStringLiteral("once"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).array().size(), 0);

        for (const QString &eml : std::as_const(emlFiles)) {
            const Run analyzed = soarImapd({QStringLiteral("analyze"), eml, QStringLiteral("--json")});
            QVERIFY2(analyzed.exitCode == 0, qPrintable(eml + QLatin1Char(' ') + QString::fromUtf8(analyzed.err)));
            QVERIFY2(QJsonDocument::fromJson(analyzed.out).isObject(), qPrintable(eml));
        }

        QCOMPARE(filesOutsideData(), before);
        QVERIFY(QDir(workDir()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
};

QTEST_GUILESS_MAIN(TestHostileMailStore)
#include "tst_hostilemailstore.moc"
