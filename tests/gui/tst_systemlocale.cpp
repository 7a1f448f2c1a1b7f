// The acceptance check as a user meets it: with LANG=de_DE.UTF-8 in the environment (and no
// explicit locale), the translator the app installs makes the resource form German.
#include "AppTranslator.h"
#include "FakeSecretStore.h"
#include "GuiHelpers.h"
#include "ResourceForm.h"

#include <QApplication>
#include <QTabWidget>
#include <QTest>

using namespace soar;
using namespace soar::test::gui;

class TestSystemLocale : public QObject {
    Q_OBJECT
private slots:
    void germanEnvironmentGivesGermanForm()
    {
        QCOMPARE(QLocale::system().language(), QLocale::German);
        const ui::AppTranslator translator; // exactly what app/gui_main.cpp does
        test::FakeSecretStore secrets;
        ui::ResourceForm form(&secrets);
        QCOMPARE(find<QTabWidget>(&form, QStringLiteral("formTabs"))->tabText(0), QStringLiteral("Verbi&ndung"));
        QCOMPARE(find<QTabWidget>(&form, QStringLiteral("formTabs"))->tabText(2), QStringLiteral("Abr&uf"));
        QCOMPARE(form.findChild<QWidget *>(QStringLiteral("imapHost"))->accessibleName(), QStringLiteral("IMAP-Server"));
        QCOMPARE(form.findChild<QWidget *>(QStringLiteral("imapUsername"))->accessibleName(), QStringLiteral("Benutzername"));
    }
};

int main(int argc, char *argv[])
{
    // Before Qt reads the system locale; LANGUAGE and LC_ALL would take precedence over LANG.
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qputenv("LANG", "de_DE.UTF-8");
    QApplication app(argc, argv);
    TestSystemLocale test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_systemlocale.moc"
