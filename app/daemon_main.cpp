// soar-imapd: the headless daemon. The same core as the GUI, without any widget.
#include "common/AppPaths.h"
#include "common/Logging.h"
#include "common/Version.h"
#include "daemon/DaemonOptions.h"
#include "daemon/StoreCommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using soar::daemon::DaemonOptions;

int main(int argc, char *argv[])
{
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
    switch (options.command) {
    case DaemonOptions::Command::Help:
        out << DaemonOptions::usage();
        return 0;
    case DaemonOptions::Command::Version:
        out << "soar-imapd " << soar::common::kVersion << Qt::endl;
        return 0;
    default:
        break;
    }

    soar::common::AppPaths::setConfigFileOverride(options.configFile);
    soar::common::AppPaths::setDataDirOverride(options.dataDir);
    soar::common::AppPaths::ensurePrivateDir(soar::common::AppPaths::dataDir());
    soar::common::Logging::setup(
        {soar::common::AppPaths::logDir(), true, options.verbose ? spdlog::level::trace : spdlog::level::info});

    switch (options.command) {
    case DaemonOptions::Command::List:
        return soar::daemon::StoreCommands::list(options, out, err);
    case DaemonOptions::Command::Show:
        return soar::daemon::StoreCommands::show(options, out, err);
    default:
        break;
    }
    err << "soar-imapd: this command is not available in this build yet." << Qt::endl;
    return 1;
}
