// German and French: the resource form appears translated when the locale asks for it, and the
// .ts files leave nothing of the form, its checks, the tests dialogs or the tray untranslated.
#include "AppTranslator.h"
#include "FakeSecretStore.h"
#include "FirstRunPage.h"
#include "GuiHelpers.h"
#include "ResourceForm.h"

#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>

using namespace soar;
using namespace soar::test::gui;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void resourceFormFollowsLocale_data();
    void resourceFormFollowsLocale();
    void englishNeedsNoTranslation();
    void formContextsAreComplete_data();
    void formContextsAreComplete();
};

namespace {

QString labelOf(QWidget *root, const QString &fieldName)
{
    auto *field = root->findChild<QWidget *>(fieldName);
    if (!field)
        return QStringLiteral("<no field %1>").arg(fieldName);
    for (QWidget *w = field; w; w = w->parentWidget()) {
        if (auto *form = qobject_cast<QFormLayout *>(w->parentWidget() ? w->parentWidget()->layout() : nullptr)) {
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(w)))
                return label->text();
        }
    }
    return QStringLiteral("<no label for %1>").arg(fieldName);
}

QString tsPath(const QString &language)
{
    return QStringLiteral(SOAR_TEST_DATA_DIR "/../../translations/soar-imap_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d|%n"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured().remove(QLatin1Char('L')));
    return out;
}

} // namespace

void TestTranslations::resourceFormFollowsLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("connectionTab");
    QTest::addColumn<QString>("filtersTab");
    QTest::addColumn<QString>("hostLabel");
    QTest::addColumn<QString>("usernameLabel");
    QTest::addColumn<QString>("pollLabel");
    QTest::addColumn<QString>("fromFilterLabel");
    QTest::addColumn<QString>("portError");
    QTest::newRow("German") << "de_DE"
                            << "Verbi&ndung"
                            << "Vorf&ilter"
                            << "IMAP-&Server:"
                            << "&Benutzername:"
                            << "A&bfrageintervall:"
                            << "Vo&n:"
                            << "99999 ist kein Port (1–65535)";
    QTest::newRow("French") << "fr_FR"
                            << "Co&nnexion"
                            << "Pré-filtre&s"
                            << "&Serveur IMAP :"
                            << "Nom d'&utilisateur :"
                            << "Intervalle de relè&ve :"
                            << "&De :"
                            << "99999 n'est pas un port (1–65535)";
}

void TestTranslations::resourceFormFollowsLocale()
{
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale(locale));
    const ui::AppTranslator translator; // as the app does: the default (system) locale

    test::FakeSecretStore secrets;
    ui::ResourceForm form(&secrets);
    QTEST(find<QTabWidget>(&form, QStringLiteral("formTabs"))->tabText(0), "connectionTab");
    QTEST(find<QTabWidget>(&form, QStringLiteral("formTabs"))->tabText(3), "filtersTab");
    QTEST(labelOf(&form, QStringLiteral("imapHost")), "hostLabel");
    QTEST(labelOf(&form, QStringLiteral("imapUsername")), "usernameLabel");
    QTEST(labelOf(&form, QStringLiteral("fetchPollSeconds")), "pollLabel");
    QTEST(labelOf(&form, QStringLiteral("filterFrom")), "fromFilterLabel");
    // The validator's messages come from the core, translated too.
    QVERIFY(setNumber(&form, QStringLiteral("imapPort"), 99999));
    QTEST(find<QLabel>(&form, QStringLiteral("error:") + QStringLiteral("imap.port"))->text(), "portError");
}

void TestTranslations::englishNeedsNoTranslation()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const ui::AppTranslator translator;
    test::FakeSecretStore secrets;
    ui::ResourceForm form(&secrets);
    QCOMPARE(find<QTabWidget>(&form, QStringLiteral("formTabs"))->tabText(0), QStringLiteral("Co&nnection"));
    QCOMPARE(labelOf(&form, QStringLiteral("imapHost")), QStringLiteral("IMAP &server:"));
}

void TestTranslations::formContextsAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << "de";
    QTest::newRow("fr") << "fr";
}

void TestTranslations::formContextsAreComplete()
{
    QFETCH(QString, language);
    // The resource form's pages, its checks, the test dialogs, the first run and the tray.
    const QSet<QString> required = {QStringLiteral("soar::ui::ConnectionPage"), QStringLiteral("soar::ui::SoarPage"),
        QStringLiteral("soar::ui::FetchingPage"), QStringLiteral("soar::ui::FilterPage"),
        QStringLiteral("soar::ui::FilterPreview"), QStringLiteral("soar::ui::ResourceForm"),
        QStringLiteral("soar::ui::PasswordField"), QStringLiteral("soar::settings::SettingsValidator"),
        QStringLiteral("soar::ui::TestSettingsDialog"), QStringLiteral("soar::ui::TestActionDialog"),
        QStringLiteral("soar::daemon::SettingsTester"), QStringLiteral("soar::ui::FirstRunPage"),
        QStringLiteral("soar::ui::ServerPreset"), QStringLiteral("soar::ui::TrayIcon"), QStringLiteral("soar::ui::MainWindow"),
        QStringLiteral("soar::ui::ResourceActions"), QStringLiteral("soar::ui::ResourceCatalog"),
        QStringLiteral("soar::ui::DialogPrompter")};

    QFile file(tsPath(language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList problems;
    QSet<QString> seen;
    int checked = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && required.contains(context)) {
            seen.insert(context);
            ++checked;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms come as <numerusform> children; their text is read together.
            QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems.append(QStringLiteral("%1: '%2' is %3").arg(context, source, type));
            else if (text.trimmed().isEmpty())
                problems.append(QStringLiteral("%1: '%2' has no translation").arg(context, source));
            else if (!placeholders(text).contains(placeholders(source)))
                problems.append(QStringLiteral("%1: '%2' lost a placeholder in '%3'").arg(context, source, text));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(seen, required);
    QVERIFY(checked > 200);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
