// soar-imapd: the headless daemon. The same core as the GUI, without any widget.
#include "common/AppPaths.h"
#include "common/HeapPolicy.h"
#include "common/Logging.h"
#include "common/Version.h"
#include "daemon/AnalyzeCommand.h"
#include "daemon/DaemonOptions.h"
#include "daemon/DaemonRunner.h"
#include "daemon/SignInCommand.h"
#include "daemon/StoreCommands.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QTextStream>

using soar::daemon::DaemonOptions;

int main(int argc, char *argv[])
{
    soar::common::HeapPolicy::keepFreedMemoryWhileWorking();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("soar-imapd"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(soar::common::kVersion));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const auto parsed = DaemonOptions::parse(QCoreApplication::arguments());
    if (!parsed.ok()) {
        err << "soar-imapd: " << parsed.error().message << Qt::endl;
        return 2;
    }
    const DaemonOptions &options = parsed.value();
    if (options.command == DaemonOptions::Command::Help) {
        out << DaemonOptions::usage();
        return 0;
    }
    if (options.command == DaemonOptions::Command::Version) {
        out << "soar-imapd " << soar::common::kVersion << Qt::endl;
        return 0;
    }

    soar::common::AppPaths::setConfigFileOverride(options.configFile);
    soar::common::AppPaths::setDataDirOverride(options.dataDir);
    soar::common::AppPaths::ensurePrivateDir(soar::common::AppPaths::dataDir());
    // Machine output owns stdout; the log goes to stderr only when asked for (-v) or for `run`.
    const bool logToStderr = options.verbose || options.command == DaemonOptions::Command::Run;
    auto level = options.verbose ? spdlog::level::trace : spdlog::level::info;
    if (!logToStderr)
        level = spdlog::level::warn;
    soar::common::Logging::setup({soar::common::AppPaths::logDir(), logToStderr, level});
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    if (options.command == DaemonOptions::Command::List)
        return soar::daemon::StoreCommands::list(options, out, err);
    if (options.command == DaemonOptions::Command::Show)
        return soar::daemon::StoreCommands::show(options, out, err);
    if (options.command == DaemonOptions::Command::CheckStore)
        return soar::daemon::StoreCommands::checkStore(out, err);
    if (options.command == DaemonOptions::Command::Analyze)
        return soar::daemon::AnalyzeCommand::run(options, out, err);

    if (options.command == DaemonOptions::Command::SignIn) {
        auto *signIn = new soar::daemon::SignInCommand(options, out, err, &app);
        QObject::connect(signIn, &soar::daemon::SignInCommand::finished, &app, [](int code) { QCoreApplication::exit(code); });
        const int immediate = signIn->start();
        return immediate >= 0 ? immediate : app.exec();
    }

    soar::daemon::DaemonRunner runner(options, out, err);
    QObject::connect(&runner, &soar::daemon::DaemonRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    const int immediate = runner.start();
    if (immediate >= 0)
        return immediate;
    const int code = app.exec();
    soar::common::Logging::flush();
    return code;
}
