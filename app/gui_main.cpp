// soar-imap: the desktop application. Bootstrap only; everything else lives in core/ and ui/.
#include "MainWindow.h"
#include "common/AppPaths.h"
#include "common/Logging.h"
#include "common/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>

namespace {

// Without a display Qt would abort with a cryptic xcb message; say what to do instead.
bool hasDisplay()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    return !env.value(QStringLiteral("DISPLAY")).isEmpty() || !env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty()
        || !env.value(QStringLiteral("QT_QPA_PLATFORM")).isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay()) {
        std::fprintf(stderr,
            "soar-imap: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
            "Run it inside a desktop session, or use the headless daemon instead:\n"
            "  soar-imapd --config ~/.config/soar-imap/settings.json run\n"
            "(For a smoke check without a screen: QT_QPA_PLATFORM=offscreen soar-imap)\n");
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(soar::common::kAppName));
    QApplication::setApplicationVersion(QString::fromLatin1(soar::common::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("soar-imap"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Connect a mailbox to your SOAR platform over IMAP."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("Settings file to use."), QStringLiteral("FILE"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"), QStringLiteral("Directory for the mail store and logs."), QStringLiteral("DIR"));
    const QCommandLineOption quitAfterOption(QStringLiteral("quit-after-ms"),
        QStringLiteral("Quit after this many milliseconds (smoke checks)."), QStringLiteral("MS"));
    parser.addOptions({configOption, dataOption, quitAfterOption});
    parser.process(app);

    soar::common::AppPaths::setConfigFileOverride(parser.value(configOption));
    soar::common::AppPaths::setDataDirOverride(parser.value(dataOption));
    soar::common::AppPaths::ensurePrivateDir(soar::common::AppPaths::dataDir());
    soar::common::Logging::setup({soar::common::AppPaths::logDir(), false, spdlog::level::info});
    soar::common::Logging::get("app")->info("soar-imap {} starting", soar::common::kVersion);

    soar::ui::MainWindow window;
    window.show();
    if (parser.isSet(quitAfterOption))
        QTimer::singleShot(parser.value(quitAfterOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
