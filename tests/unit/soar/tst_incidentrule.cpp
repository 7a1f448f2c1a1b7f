#include "soar/IncidentRule.h"
#include "store/IdempotencyKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace soar::soar;

namespace {
MailSummaryForSoar sampleMail()
{
    MailSummaryForSoar mail;
    mail.mailId = QStringLiteral("soc-inbox-000042");
    mail.messageId = "<phish-1@evil.example>";
    mail.subject = QStringLiteral("Urgent: verify your account");
    mail.from = QStringLiteral("Billing <billing@evil.example>");
    mail.to = {QStringLiteral("alice@example.test"), QStringLiteral("bob@example.test")};
    mail.date = QDateTime(QDate(2026, 11, 28), QTime(11, 0, 0), QTimeZone(3600)); // 10:00 UTC
    mail.attachmentNames = {QStringLiteral("invoice.pdf")};
    mail.iocLines = {QStringLiteral("url: https://evil.example/login"), QStringLiteral("domain: evil.example")};
    mail.rawSha256Hex = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    return mail;
}
} // namespace

class TestIncidentRule : public QObject {
    Q_OBJECT
private slots:
    void defaultMappingBuildsTheDocumentedBody()
    {
        IncidentRule rule;
        rule.templateId = 12;
        rule.fixedFields = {{QStringLiteral("incident_kind"), 1}, {QStringLiteral("status"), 1}};
        QVERIFY(rule.validate().ok());
        const QJsonObject body = rule.requestBody(sampleMail());

        const QString summary = QStringLiteral("Mail soc-inbox-000042 reported via soar-imap\n"
                                               "From: Billing <billing@evil.example>\n"
                                               "To: alice@example.test, bob@example.test\n"
                                               "Subject: Urgent: verify your account\n"
                                               "Date: 2026-11-28T10:00:00Z\n"
                                               "Message-ID: <phish-1@evil.example>\n"
                                               "Attachments (1): invoice.pdf\n"
                                               "IOCs: 2\n"
                                               "url: https://evil.example/login\n"
                                               "domain: evil.example");
        const QJsonObject expected {
            {QStringLiteral("template_id"), 12},
            {QStringLiteral("fields"),
                QJsonObject {
                    {QStringLiteral("CSOAR Email ID"), QStringLiteral("soc-inbox-000042")},
                    {QStringLiteral("description"), QStringLiteral("Urgent: verify your account")},
                    {QStringLiteral("starttime"), QStringLiteral("2026-11-28T10:00:00Z")},
                    {QStringLiteral("additional_info"), summary},
                    {QStringLiteral("incident_kind"), 1},
                    {QStringLiteral("status"), 1},
                }},
        };
        const QJsonObject actualFields = body.value(QLatin1String("fields")).toObject();
        const QJsonObject expectedFields = expected.value(QLatin1String("fields")).toObject();
        for (const QString &key : expectedFields.keys())
            QCOMPARE(actualFields.value(key), expectedFields.value(key));
        QCOMPARE(actualFields.keys(), expectedFields.keys());
        QCOMPARE(body, expected);
    }

    void customMailIdFieldAndMissingValues()
    {
        IncidentRule rule;
        rule.templateId = 3;
        rule.mapping = IncidentMapping::defaults(QStringLiteral("Mail reference"));
        MailSummaryForSoar mail = sampleMail();
        mail.subject.clear();
        mail.date = QDateTime();
        const QJsonObject fields = rule.requestBody(mail).value(QLatin1String("fields")).toObject();
        QCOMPARE(fields.value(QLatin1String("Mail reference")).toString(), QStringLiteral("soc-inbox-000042"));
        QCOMPARE(fields.value(QLatin1String("description")).toString(), QStringLiteral("(no subject)"));
        QVERIFY(!fields.contains(QLatin1String("starttime"))); // left out, not sent empty
        QVERIFY(!fields.contains(QLatin1String("CSOAR Email ID")));
    }

    void summaryCapsLongIocLists()
    {
        MailSummaryForSoar mail = sampleMail();
        mail.iocLines.clear();
        for (int i = 0; i < 60; ++i)
            mail.iocLines << QStringLiteral("ip: 10.0.0.%1").arg(i);
        const QString summary = MailFields::summaryText(mail);
        QVERIFY(summary.contains(QLatin1String("IOCs: 60")));
        QVERIFY(summary.contains(QLatin1String("ip: 10.0.0.49")));
        QVERIFY(!summary.contains(QLatin1String("ip: 10.0.0.50")));
        QVERIFY(summary.contains(QLatin1String("(10 more IOCs in soar-imap)")));
    }

    void validationNamesTheProblem_data()
    {
        QTest::addColumn<int>("templateId");
        QTest::addColumn<QString>("extraTarget");
        QTest::addColumn<QString>("fixedField");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no template") << 0 << QString() << QString() << "template";
        QTest::newRow("empty field name") << 5 << QStringLiteral(" ") << QString() << "Row 5";
        QTest::newRow("field twice") << 5 << QStringLiteral("description") << QString() << "\"description\" is filled by more";
        QTest::newRow("fixed and mapped") << 5 << QString() << QStringLiteral("starttime") << "fixed value";
    }
    void validationNamesTheProblem()
    {
        QFETCH(int, templateId);
        QFETCH(QString, extraTarget);
        QFETCH(QString, fixedField);
        QFETCH(QString, mentions);
        IncidentRule rule;
        rule.templateId = templateId;
        if (!extraTarget.isNull())
            rule.mapping.rows.append({MailField::From, extraTarget});
        if (!fixedField.isEmpty())
            rule.fixedFields.insert(fixedField, QStringLiteral("x"));
        const auto valid = rule.validate();
        QVERIFY(!valid.ok());
        QVERIFY2(valid.error().message.contains(mentions), qPrintable(valid.error().message));
    }

    void mappingReadsFromJson()
    {
        const QJsonArray rows {QJsonObject {{QStringLiteral("source"), QStringLiteral("subject")},
                                   {QStringLiteral("field"), QStringLiteral("name")}},
            QJsonObject {
                {QStringLiteral("source"), QStringLiteral("iocs")}, {QStringLiteral("field"), QStringLiteral("IOC list")}}};
        const auto read = IncidentMapping::fromJson(rows);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        IncidentMapping expected;
        expected.rows = {{MailField::Subject, QStringLiteral("name")}, {MailField::Iocs, QStringLiteral("IOC list")}};
        QCOMPARE(read.value(), expected);

        const QJsonArray unknown {
            QJsonObject {{QStringLiteral("source"), QStringLiteral("body")}, {QStringLiteral("field"), QStringLiteral("x")}}};
        const auto bad = IncidentMapping::fromJson(unknown);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("\"body\"")));
        QVERIFY(bad.error().message.contains(QLatin1String("summary")));
    }

    void idempotencyKeyIsStableAndSpecific()
    {
        const QByteArray sha = sampleMail().rawSha256Hex;
        const QByteArray key = soar::store::IdempotencyKey::compute(QStringLiteral("soc"), "<a@b>", sha);
        QCOMPARE(key.size(), 64);
        QCOMPARE(soar::store::IdempotencyKey::compute(QStringLiteral("soc"), " <a@b> ", sha.toUpper()), key);
        QVERIFY(soar::store::IdempotencyKey::compute(QStringLiteral("soc2"), "<a@b>", sha) != key);
        QVERIFY(soar::store::IdempotencyKey::compute(QStringLiteral("soc"), "<a@c>", sha) != key);
        QVERIFY(soar::store::IdempotencyKey::compute(QStringLiteral("soc"), "<a@b>", QByteArray(64, '0')) != key);
        // Field boundaries matter: ("so", "c<a@b>") is another mail than ("soc", "<a@b>").
        QVERIFY(soar::store::IdempotencyKey::compute(QStringLiteral("so"), "c<a@b>", sha) != key);
    }
};

QTEST_GUILESS_MAIN(TestIncidentRule)
#include "tst_incidentrule.moc"
