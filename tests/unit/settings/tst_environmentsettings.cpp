#include "settings/EnvironmentSettings.h"

#include <QTest>

using namespace soar::settings;

class TestEnvironmentSettings : public QObject {
    Q_OBJECT
private slots:
    void absentWithoutHost()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("SOAR_IMAP_USERNAME"), QStringLiteral("x"));
        QVERIFY(!EnvironmentSettings::read(env).has_value());
    }

    void readsEveryVariable()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("SOAR_IMAP_HOST"), QStringLiteral("outlook.office365.com"));
        env.insert(QStringLiteral("SOAR_IMAP_PORT"), QStringLiteral("993"));
        env.insert(QStringLiteral("SOAR_IMAP_SECURITY"), QStringLiteral("tls"));
        env.insert(QStringLiteral("SOAR_IMAP_USERNAME"), QStringLiteral("admin"));
        env.insert(QStringLiteral("SOAR_IMAP_MAILBOX_ACCOUNT"), QStringLiteral("admin@test.com"));
        env.insert(QStringLiteral("SOAR_IMAP_FOLDER"), QStringLiteral("Phishing"));
        env.insert(QStringLiteral("SOAR_IMAP_FETCH_TYPE"), QStringLiteral("latest"));
        env.insert(QStringLiteral("SOAR_IMAP_MARK_SEEN"), QStringLiteral("false"));
        env.insert(QStringLiteral("SOAR_IMAP_FILTER_FROM"), QStringLiteral("sumologic.com"));
        env.insert(QStringLiteral("SOAR_IMAP_FILTER_NOT_TEXT_BODY"), QStringLiteral("unsubscribe"));
        env.insert(QStringLiteral("SOAR_IMAP_FILTER_NOT_HEADER_FIELD"), QStringLiteral("Precedence"));
        env.insert(QStringLiteral("SOAR_URL"), QStringLiteral("https://acme.soar.sumologic.com"));
        env.insert(QStringLiteral("SOAR_INCIDENT_TEMPLATE_ID"), QStringLiteral("12"));
        const auto read = EnvironmentSettings::read(env);
        QVERIFY(read.has_value());
        QVERIFY2(read->ok(), qPrintable(read->error().message));
        const ResourceSettings &r = read->value().resources.first();
        QCOMPARE(r.name, QStringLiteral("environment"));
        QCOMPARE(r.imap.host, QStringLiteral("outlook.office365.com"));
        QCOMPARE(r.imap.mailboxAccount, QStringLiteral("admin@test.com"));
        QCOMPARE(r.imap.folder, QStringLiteral("Phishing"));
        QCOMPARE(r.fetch.type, FetchType::Latest);
        QVERIFY(!r.fetch.markSeen);
        QCOMPARE(r.filters.from, QStringLiteral("sumologic.com"));
        QCOMPARE(r.filters.notTextBody, QStringLiteral("unsubscribe"));
        QCOMPARE(r.filters.notHeaderField, QStringLiteral("Precedence"));
        QCOMPARE(r.soar.incidentTemplateId, 12);
    }

    void badValueNamesTheVariable()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("SOAR_IMAP_HOST"), QStringLiteral("h"));
        env.insert(QStringLiteral("SOAR_IMAP_PORT"), QStringLiteral("nine"));
        auto read = EnvironmentSettings::read(env);
        QVERIFY(read.has_value() && !read->ok());
        QVERIFY(read->error().message.contains(QLatin1String("SOAR_IMAP_PORT")));
        env.insert(QStringLiteral("SOAR_IMAP_PORT"), QStringLiteral("993"));
        env.insert(QStringLiteral("SOAR_IMAP_SECURITY"), QStringLiteral("ssl"));
        read = EnvironmentSettings::read(env);
        QVERIFY(read.has_value() && !read->ok());
        QVERIFY2(read->error().message.contains(QLatin1String("imap.security: 'ssl' is not one of")),
            qPrintable(read->error().message));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentSettings)
#include "tst_environmentsettings.moc"
