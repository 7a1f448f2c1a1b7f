#include "common/Logging.h"

#include "common/AppPaths.h"
#include "common/Redactor.h"

#include <QDir>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <chrono>
#include <cstdio>
#include <mutex>

#include <sys/stat.h>

namespace soar::common {

namespace {

// Scrubs known secrets from every record before it reaches any real sink.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit RedactingSink(std::shared_ptr<spdlog::sinks::dist_sink_mt> target) : m_target(std::move(target)) { }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        const std::string clean = Redactor::scrub(std::string_view(msg.payload.data(), msg.payload.size()));
        spdlog::details::log_msg copy(msg.time, msg.source, msg.logger_name, msg.level, clean);
        copy.thread_id = msg.thread_id;
        m_target->log(copy);
    }
    void flush_() override { m_target->flush(); }

private:
    std::shared_ptr<spdlog::sinks::dist_sink_mt> m_target;
};

struct Hub {
    std::shared_ptr<spdlog::sinks::dist_sink_mt> fanout = std::make_shared<spdlog::sinks::dist_sink_mt>();
    std::shared_ptr<RedactingSink> front = std::make_shared<RedactingSink>(fanout);
    spdlog::level::level_enum level = spdlog::level::info;
    std::mutex mutex;
};

Hub &hub()
{
    static Hub instance;
    return instance;
}

constexpr size_t kMaxLogFileBytes = 5 * 1024 * 1024;
constexpr size_t kKeptLogFiles = 5;

} // namespace

void Logging::setup(const Options &options)
{
    Hub &h = hub();
    std::lock_guard lock(h.mutex);
    h.fanout->set_sinks({});
    h.level = options.level;
    if (options.toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%-5l%$ [%n] %v");
        h.fanout->add_sink(err);
    }
    if (!options.logDir.isEmpty()) {
        AppPaths::ensurePrivateDir(options.logDir);
        // spdlog opens with fopen (0666 minus the umask); each new log file is made owner-only
        // as soon as it is opened, before anything is written to it.
        spdlog::file_event_handlers ownerOnly;
        ownerOnly.after_open = [](const spdlog::filename_t &, std::FILE *file) { ::fchmod(::fileno(file), S_IRUSR | S_IWUSR); };
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            logFilePath(options.logDir).toStdString(), kMaxLogFileBytes, kKeptLogFiles, false, ownerOnly);
        file->set_pattern("%Y-%m-%d %H:%M:%S.%e %-5l [%n] %v");
        h.fanout->add_sink(file);
        // The file is buffered: without this a quiet app keeps its info lines in memory, and a
        // kill loses them. Warnings and errors flush at once (flush_on in get()).
        spdlog::flush_every(std::chrono::seconds(1));
    }
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger> &l) { l->set_level(h.level); });
}

std::shared_ptr<spdlog::logger> Logging::get(std::string_view module)
{
    Hub &h = hub();
    std::lock_guard lock(h.mutex);
    const std::string name(module);
    if (auto existing = spdlog::get(name))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(name, h.front);
    logger->set_level(h.level);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

void Logging::flush()
{
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &l) { l->flush(); });
}

void Logging::addSink(const spdlog::sink_ptr &sink)
{
    hub().fanout->add_sink(sink);
}

void Logging::removeSink(const spdlog::sink_ptr &sink)
{
    hub().fanout->remove_sink(sink);
}

QString Logging::logFilePath(const QString &logDir)
{
    return QDir(logDir).filePath(QStringLiteral("soar-imap.log"));
}

} // namespace soar::common
