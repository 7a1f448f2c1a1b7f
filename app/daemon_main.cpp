// soar-imapd: the headless daemon. The same core as the GUI, without any widget.
#include "common/AppPaths.h"
#include "common/Logging.h"
#include "common/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("soar-imapd"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(soar::common::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fetch mail over IMAP into the local store and the SOAR, without a display."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("Settings file to use."), QStringLiteral("FILE"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"), QStringLiteral("Directory for the mail store and logs."), QStringLiteral("DIR"));
    const QCommandLineOption verboseOption(
        {QStringLiteral("v"), QStringLiteral("verbose")}, QStringLiteral("Log the protocol trace to stderr (secrets redacted)."));
    parser.addOptions({configOption, dataOption, verboseOption});
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("run | once | test-settings | test-action | list | show"));
    parser.process(app);

    soar::common::AppPaths::setConfigFileOverride(parser.value(configOption));
    soar::common::AppPaths::setDataDirOverride(parser.value(dataOption));
    soar::common::Logging::setup({QString(), true, parser.isSet(verboseOption) ? spdlog::level::trace : spdlog::level::info});

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        std::fprintf(stderr, "soar-imapd: no command given.\n\n%s", qPrintable(parser.helpText()));
        return 2;
    }
    std::fprintf(stderr, "soar-imapd: unknown command '%s'. Commands: run, once, test-settings, test-action, list, show.\n",
        qPrintable(args.first()));
    return 2;
}
