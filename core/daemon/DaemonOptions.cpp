#include "daemon/DaemonOptions.h"

#include <QHash>

namespace soar::daemon {

using common::Error;

QString DaemonOptions::usage()
{
    return QStringLiteral(
        "Usage: soar-imapd [--config FILE] [--data-dir DIR] [--resource NAME] COMMAND [--json] [-v]\n"
        "\n"
        "Commands:\n"
        "  run                 fetch continuously (IDLE or polling) until SIGTERM\n"
        "  once                run one fetch cycle for each resource, then exit\n"
        "  test-settings       test the saved settings step by step (DNS, TLS, login, folder, filters, SOAR)\n"
        "  test-action         dry run: show the mails the next cycle would fetch; nothing is stored or flagged\n"
        "  list [--search TEXT] [--limit N]   list stored mails, newest first\n"
        "  show MAIL_ID        print one stored mail: headers, bodies, attachments with hashes\n"
        "  analyze FILE        analyze an .eml or Outlook .msg file: summary, attachments with hashes,\n"
        "                      nested mails, indicators (IOCs)\n"
        "  sign-in             OAuth sign-in from a terminal or over SSH (Microsoft 365: a code to type\n"
        "                      on any device; Google: a browser address and a loopback port)\n"
        "  retry (MAIL_ID | --failed)   send mail Cloud SOAR refused again: one mail, or every refused\n"
        "                      or failed mail (of --resource NAME)\n"
        "  check-store         check the mail store file for damage (after a crash or a full disk)\n"
        "\n"
        "Options:\n"
        "  --config FILE       settings file (default ~/.config/soar-imap/settings.json)\n"
        "  --data-dir DIR      mail store and logs (default ~/.local/share/soar-imap)\n"
        "  --resource NAME     only this resource\n"
        "  --json              machine-readable output (the Cloud SOAR daemon contract for once/test-action)\n"
        "  -v, --verbose       protocol trace on stderr (secrets redacted)\n"
        "  -h, --help          this text;  --version  the version\n"
        "\n"
        "Secrets come from the keychain, imap.passwordCommand / soar.secretCommand, or the\n"
        "SOAR_IMAP_PASSWORD / SOAR_IMAP_SECRET environment variables.\n"
        "Exit codes: 0 success, 1 the run or a test failed, 2 bad usage or configuration.\n");
}

common::Result<DaemonOptions> DaemonOptions::parse(const QStringList &arguments)
{
    static const QHash<QString, Command> commands = {
        {QStringLiteral("run"), Command::Run},
        {QStringLiteral("once"), Command::Once},
        {QStringLiteral("test-settings"), Command::TestSettings},
        {QStringLiteral("test-action"), Command::TestAction},
        {QStringLiteral("list"), Command::List},
        {QStringLiteral("show"), Command::Show},
        {QStringLiteral("analyze"), Command::Analyze},
        {QStringLiteral("sign-in"), Command::SignIn},
        {QStringLiteral("retry"), Command::Retry},
        {QStringLiteral("check-store"), Command::CheckStore},
    };
    DaemonOptions options;
    bool haveCommand = false;
    QStringList positional;
    auto usageError = [](const QString &message) { return Error(Error::Kind::Config, message); };

    for (int i = 1; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        auto value = [&](QString *target) -> bool {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--")))
                return false;
            *target = arguments.at(++i);
            return true;
        };
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            options.command = Command::Help;
            return options;
        }
        if (arg == QLatin1String("--version")) {
            options.command = Command::Version;
            return options;
        }
        if (arg == QLatin1String("--json")) {
            options.json = true;
        } else if (arg == QLatin1String("--failed")) {
            options.failed = true;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--verbose")) {
            options.verbose = true;
        } else if (arg == QLatin1String("--config")) {
            if (!value(&options.configFile))
                return usageError(QStringLiteral("--config needs a file name"));
        } else if (arg == QLatin1String("--data-dir")) {
            if (!value(&options.dataDir))
                return usageError(QStringLiteral("--data-dir needs a directory"));
        } else if (arg == QLatin1String("--resource")) {
            if (!value(&options.resource))
                return usageError(QStringLiteral("--resource needs a resource name"));
        } else if (arg == QLatin1String("--search")) {
            if (!value(&options.search))
                return usageError(QStringLiteral("--search needs the text to look for"));
        } else if (arg == QLatin1String("--limit")) {
            QString text;
            bool ok = false;
            if (value(&text))
                options.limit = text.toInt(&ok);
            if (!ok || options.limit < 1 || options.limit > 100000)
                return usageError(QStringLiteral("--limit needs a number from 1 to 100000"));
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return usageError(QStringLiteral("unknown option '%1' (see soar-imapd --help)").arg(arg));
        } else if (!haveCommand) {
            if (!commands.contains(arg))
                return usageError(
                    QStringLiteral("unknown command '%1'. Commands: run, once, test-settings, test-action, list, show, analyze, "
                                   "sign-in, retry, check-store.")
                        .arg(arg));
            options.command = commands.value(arg);
            haveCommand = true;
        } else {
            positional << arg;
        }
    }
    if (!haveCommand)
        return usageError(QStringLiteral("no command given (see soar-imapd --help)"));
    if (options.command == Command::Show) {
        if (positional.size() != 1)
            return usageError(QStringLiteral("show needs exactly one MAIL_ID (see soar-imapd list)"));
        options.mailId = positional.first();
    } else if (options.command == Command::Analyze) {
        if (positional.size() != 1)
            return usageError(QStringLiteral("analyze needs exactly one FILE (.eml or .msg)"));
        options.file = positional.first();
    } else if (options.command == Command::Retry) {
        if (positional.size() > 1 || positional.isEmpty() == !options.failed)
            return usageError(QStringLiteral("retry needs one MAIL_ID or --failed (every refused or failed mail), not both"));
        options.mailId = positional.value(0);
    } else if (!positional.isEmpty()) {
        return usageError(QStringLiteral("unexpected argument '%1'").arg(positional.first()));
    }
    if ((!options.search.isEmpty() || options.limit != 50) && options.command != Command::List)
        return usageError(QStringLiteral("--search and --limit only apply to list"));
    if (options.failed && options.command != Command::Retry)
        return usageError(QStringLiteral("--failed only applies to retry"));
    return options;
}

} // namespace soar::daemon
