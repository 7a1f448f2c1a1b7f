// soar-imap: the desktop application. Bootstrap only; everything else lives in core/ and ui/.
#include "AppController.h"
#include "AppTranslator.h"
#include "MainWindow.h"
#include "common/AppPaths.h"
#include "common/HeapPolicy.h"
#include "common/LogRingBuffer.h"
#include "common/Logging.h"
#include "common/Version.h"
#include "daemon/DaemonPool.h"
#include "daemon/SignalWatcher.h"
#include "settings/KeychainSecretStore.h"
#include "store/MailStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QSystemTrayIcon>

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

    soar::common::HeapPolicy::keepFreedMemoryWhileWorking();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(soar::common::kAppName));
    QApplication::setApplicationVersion(QString::fromLatin1(soar::common::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("soar-imap"));
    QApplication::setQuitOnLastWindowClosed(false); // closing the window keeps polling in the tray
    // The system locale's language (LANG / LC_MESSAGES), English when there is no translation.
    const soar::ui::AppTranslator translator;

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Connect a mailbox to your SOAR platform over IMAP."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QCoreApplication::translate("main", "Settings file to use."), QStringLiteral("FILE"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Directory for the mail store and logs."), QStringLiteral("DIR"));
    const QCommandLineOption hiddenOption(QStringLiteral("hidden"),
        QCoreApplication::translate("main", "Start in the system tray without showing the window (start at login)."));
    parser.addOptions({configOption, dataOption, hiddenOption});
    parser.process(app);

    using soar::common::AppPaths;
    AppPaths::setConfigFileOverride(parser.value(configOption));
    AppPaths::setDataDirOverride(parser.value(dataOption));
    AppPaths::ensurePrivateDir(AppPaths::dataDir());

    soar::common::LogRingBuffer liveLog;
    soar::common::Logging::setup({AppPaths::logDir(), false, spdlog::level::info});
    soar::common::Logging::addSink(liveLog.sink());
    // Watch for SIGTERM before saying we are starting: a signal that comes while the window is
    // still being built waits in the watcher until the event loop runs, instead of killing us.
    soar::daemon::SignalWatcher signalWatcher;
    soar::common::Logging::get("app")->info("soar-imap {} starting", soar::common::kVersion);
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    soar::store::MailStore store;
    const auto opened = store.open(AppPaths::storeFile());
    if (!opened.ok()) {
        QMessageBox::critical(nullptr, QStringLiteral("soar-imap"),
            QCoreApplication::translate("main", "The mail store %1 cannot be opened:\n%2")
                .arg(AppPaths::storeFile(), opened.error().toString()));
        return 1;
    }

    soar::settings::KeychainSecretStore secrets;
    soar::ui::MainWindow window(AppPaths::configFile(), &secrets, &liveLog, &store);
    soar::ui::AppController controller(&window, &store, &secrets, AppPaths::dataDir(), AppPaths::storeFile());
    const auto stopThenQuit = [&controller] {
        // Finish the mail in progress and save checkpoints before leaving.
        QObject::connect(controller.pool(), &soar::daemon::DaemonPool::allStopped, qApp, &QApplication::quit);
        controller.pool()->stopAll();
    };
    QObject::connect(&window, &soar::ui::MainWindow::quitRequested, &app, stopThenQuit);
    // A desktop logout sends SIGTERM: stop like Quit, without asking about unsaved settings.
    QObject::connect(&signalWatcher, &soar::daemon::SignalWatcher::terminateRequested, &app, [stopThenQuit](int number) {
        soar::common::Logging::get("app")->info("signal {} received: finishing the mail in progress, then quitting", number);
        stopThenQuit();
    });
    controller.start();
    // Hidden start only makes sense with a tray to come back from.
    if (!parser.isSet(hiddenOption) || !QSystemTrayIcon::isSystemTrayAvailable())
        window.show();
    const int code = app.exec();
    soar::common::Logging::get("app")->info("soar-imap stopped");
    soar::common::Logging::removeSink(liveLog.sink());
    soar::common::Logging::flush();
    return code;
}
