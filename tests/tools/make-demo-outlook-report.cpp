// Writes the demo's Outlook report (an .eml carrying a .msg made by MsgWriter) to the given path:
//   build/test/tests/make-demo-outlook-report resources/demo/03-forwarded-msg-shared-document.eml
#include "DemoOutlookReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        err << "usage: make-demo-outlook-report OUTPUT.eml\n";
        return 2;
    }
    QFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "make-demo-outlook-report: cannot write " << args.at(1) << ": " << out.errorString() << '\n';
        return 1;
    }
    const QByteArray eml = soar::test::DemoOutlookReport::eml();
    if (out.write(eml) != eml.size() || !out.flush()) {
        err << "make-demo-outlook-report: writing " << args.at(1) << " failed: " << out.errorString() << '\n';
        return 1;
    }
    return 0;
}
