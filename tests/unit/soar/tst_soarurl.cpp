#include "soar/SoarUrl.h"

#include <QTest>

using soar::soar::SoarDeployment;
using soar::soar::SoarUrl;

class TestSoarUrl : public QObject {
    Q_OBJECT
private slots:
    void normalisesTypedUrls_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("apiBase");
        QTest::addColumn<SoarDeployment>("deployment");

        const auto legacy = SoarDeployment::Legacy;
        const auto sumo = SoarDeployment::SumoApi;
        QTest::newRow("legacy tenant, no path") << "https://acme.soar.sumologic.com"
                                                << "https://acme.soar.sumologic.com/incmansuite_ng/api/v3/" << legacy;
        QTest::newRow("legacy tenant, trailing slashes and spaces")
            << "  https://acme.soar.sumologic.com///  "
            << "https://acme.soar.sumologic.com/incmansuite_ng/api/v3/" << legacy;
        QTest::newRow("legacy, full API path") << "https://acme.soar.sumologic.com/incmansuite_ng/api/v3/"
                                               << "https://acme.soar.sumologic.com/incmansuite_ng/api/v3/" << legacy;
        QTest::newRow("legacy, path without slash") << "https://acme.soar.sumologic.com/incmansuite_ng/api/v3"
                                                    << "https://acme.soar.sumologic.com/incmansuite_ng/api/v3/" << legacy;
        QTest::newRow("legacy, pasted endpoint") << "https://acme.soar.sumologic.com/incmansuite_ng/api/v3/incidents/12"
                                                 << "https://acme.soar.sumologic.com/incmansuite_ng/api/v3/" << legacy;
        QTest::newRow("legacy, UI path prefix") << "https://acme.soar.sumologic.com/incmansuite_ng"
                                                << "https://acme.soar.sumologic.com/incmansuite_ng/api/v3/" << legacy;
        QTest::newRow("no scheme") << "acme.soar.sumologic.com"
                                   << "https://acme.soar.sumologic.com/incmansuite_ng/api/v3/" << legacy;
        QTest::newRow("upper-case host") << "https://ACME.Soar.SumoLogic.com"
                                         << "https://acme.soar.sumologic.com/incmansuite_ng/api/v3/" << legacy;
        QTest::newRow("default port dropped") << "https://acme.soar.sumologic.com:443/"
                                              << "https://acme.soar.sumologic.com/incmansuite_ng/api/v3/" << legacy;
        QTest::newRow("on-premises host with port") << "https://soar.corp.example:8443"
                                                    << "https://soar.corp.example:8443/incmansuite_ng/api/v3/" << legacy;
        QTest::newRow("on-premises behind a prefix") << "https://tools.corp.example/soar/incmansuite_ng/api/v3"
                                                     << "https://tools.corp.example/soar/incmansuite_ng/api/v3/" << legacy;
        QTest::newRow("sumo api host") << "https://api.eu.sumologic.com"
                                       << "https://api.eu.sumologic.com/api/csoar/v3/" << sumo;
        QTest::newRow("sumo api host with /api/") << "https://api.eu.sumologic.com/api/"
                                                  << "https://api.eu.sumologic.com/api/csoar/v3/" << sumo;
        QTest::newRow("sumo US1 api host") << "https://api.sumologic.com"
                                           << "https://api.sumologic.com/api/csoar/v3/" << sumo;
        QTest::newRow("sumo full path") << "https://api.us2.sumologic.com/api/csoar/v3/"
                                        << "https://api.us2.sumologic.com/api/csoar/v3/" << sumo;
        QTest::newRow("sumo UI US1") << "https://service.sumologic.com"
                                     << "https://api.sumologic.com/api/csoar/v3/" << sumo;
        QTest::newRow("sumo UI EU") << "https://service.eu.sumologic.com/"
                                    << "https://api.eu.sumologic.com/api/csoar/v3/" << sumo;
        QTest::newRow("http on loopback") << "http://127.0.0.1:8080"
                                          << "http://127.0.0.1:8080/incmansuite_ng/api/v3/" << legacy;
        QTest::newRow("http on localhost, sumo path") << "http://localhost:9000/api/csoar/v3"
                                                      << "http://localhost:9000/api/csoar/v3/" << sumo;
        QTest::newRow("http on IPv6 loopback") << "http://[::1]:8080/"
                                               << "http://[::1]:8080/incmansuite_ng/api/v3/" << legacy;
    }
    void normalisesTypedUrls()
    {
        QFETCH(QString, typed);
        QFETCH(QString, apiBase);
        QFETCH(SoarDeployment, deployment);
        const auto result = SoarUrl::normalise(typed);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.value().apiBase.toString(), apiBase);
        QCOMPARE(result.value().deployment, deployment);
        QVERIFY2(result.value().explanation.contains(apiBase), qPrintable(result.value().explanation));
    }

    void explainsWhatWasUsed()
    {
        const auto ui = SoarUrl::normalise(QStringLiteral("https://service.eu.sumologic.com"));
        QVERIFY(ui.ok());
        QVERIFY(ui.value().explanation.contains(QLatin1String("web address")));
        QVERIFY(ui.value().explanation.contains(QLatin1String("Access ID")));
        const auto onPrem = SoarUrl::normalise(QStringLiteral("soar.corp.example"));
        QVERIFY(onPrem.ok());
        QVERIFY(onPrem.value().explanation.contains(QLatin1String("on-premises")));
        QVERIFY(onPrem.value().explanation.contains(QLatin1String("Added https://")));
    }

    void rejectsWithAReason_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "   "
                               << "Enter the Cloud SOAR API URL";
        QTest::newRow("http to a remote host") << "http://acme.soar.sumologic.com"
                                               << "https://";
        QTest::newRow("ftp") << "ftp://acme.soar.sumologic.com"
                             << "https://";
        QTest::newRow("credentials in URL") << "https://user:pw@acme.soar.sumologic.com"
                                            << "Remove the user name";
        QTest::newRow("unknown path") << "https://acme.soar.sumologic.com/dashboard"
                                      << "\"/dashboard\" is not a Cloud SOAR API path";
        QTest::newRow("undocumented sumo host") << "https://acme.sumologic.com"
                                                << "not documented";
        QTest::newRow("garbage") << "https://exa mple.com"
                                 << "not a valid URL";
    }
    void rejectsWithAReason()
    {
        QFETCH(QString, typed);
        QFETCH(QString, mentions);
        const auto result = SoarUrl::normalise(typed);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, soar::common::Error::Kind::Config);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSoarUrl)
#include "tst_soarurl.moc"
