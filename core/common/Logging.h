#pragma once

#include <QByteArray>
#include <QString>

#include <spdlog/fmt/fmt.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <string_view>

// Lets spdlog format Qt strings directly: log->info("folder {}", folderName).
template<>
struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template<typename Context>
    auto format(const QString &s, Context &ctx) const
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), size_t(utf8.size())), ctx);
    }
};

template<>
struct fmt::formatter<QByteArray> : fmt::formatter<std::string_view> {
    template<typename Context>
    auto format(const QByteArray &b, Context &ctx) const
    {
        return fmt::formatter<std::string_view>::format(std::string_view(b.constData(), size_t(b.size())), ctx);
    }
};

namespace soar::common {

// Sets up spdlog once per process: one named logger per module ("imap", "store", ...) that all
// write through a redacting sink into the sinks configured here (rotating file, stderr, and
// any sink added later such as the GUI's live log).
class Logging {
public:
    struct Options {
        QString logDir; // empty: no file
        bool toStderr = false; // soar-imapd and tests
        spdlog::level::level_enum level = spdlog::level::info;
    };

    // With a log directory the file is flushed every second and on every warning.
    static void setup(const Options &options);
    // Writes out what the sinks still buffer; called before the process exits.
    static void flush();
    static std::shared_ptr<spdlog::logger> get(std::string_view module);
    static void addSink(const spdlog::sink_ptr &sink);
    static void removeSink(const spdlog::sink_ptr &sink);
    static QString logFilePath(const QString &logDir);
};

} // namespace soar::common
