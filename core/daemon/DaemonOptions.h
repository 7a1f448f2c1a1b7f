#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace soar::daemon {

// soar-imapd's command line:
//   soar-imapd [--config FILE] [--data-dir DIR] [--resource NAME] COMMAND [--json] [-v]
//   COMMAND: run | once | test-settings | test-action | list [--search TEXT] [--limit N] | show MAIL_ID
//            | analyze FILE | sign-in | retry (MAIL_ID | --failed) | check-store
struct DaemonOptions {
    enum class Command { Help, Version, Run, Once, TestSettings, TestAction, List, Show, Analyze, SignIn, Retry, CheckStore };

    Command command = Command::Help;
    QString configFile;
    QString dataDir;
    QString resource;
    bool json = false;
    bool verbose = false;
    QString search;
    int limit = 50;
    QString mailId; // show, retry
    bool failed = false; // retry --failed
    QString file; // analyze

    // Bad usage is an Error of kind Config whose message says what is wrong (exit code 2).
    static common::Result<DaemonOptions> parse(const QStringList &arguments);
    static QString usage();
};

} // namespace soar::daemon
