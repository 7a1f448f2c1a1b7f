#include "msg/OutlookMessageReader.h"

#include "msg/MsgStorageWalker.h"

#include "common/Logging.h"

#include "msg/GsfIncludes.h"

#include <memory>
#include <mutex>

namespace soar::msg {

using common::Error;
using common::Result;

namespace {

struct GObjectUnref {
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};

Error parseError(const QString &message, const QString &detail = {})
{
    return Error(Error::Kind::Parse, message, detail);
}

// libgsf reports damaged containers through g_log (CRITICAL / WARNING on stderr). The reader
// already turns them into a Parse error, so they belong in the debug log, not on the terminal.
void routeLibgsfLogs()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const auto toDebugLog = [](const gchar *domain, GLogLevelFlags, const gchar *message, gpointer) {
            common::Logging::get("msg")->debug("{}: {}", domain ? domain : "glib", message ? message : "");
        };
        for (const char *domain : {"libgsf", "libgsf:msole"})
            g_log_set_handler(
                domain, GLogLevelFlags(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION), toDebugLog, nullptr);
    });
}

} // namespace

bool OutlookMessageReader::looksLikeOle2(const QByteArray &bytes)
{
    static const QByteArray signature = QByteArray::fromHex("D0CF11E0A1B11AE1");
    return bytes.startsWith(signature);
}

Result<OutlookMessage> OutlookMessageReader::read(const QByteArray &bytes) const
{
    if (!looksLikeOle2(bytes)) {
        return parseError(QStringLiteral("This is not an Outlook .msg file: it does not start with the OLE2 compound "
                                         "file signature (is it an .eml or a damaged download?)"));
    }
    routeLibgsfLogs();
    // gsf_input_memory_new does not copy: `bytes` outlives every use of the input below.
    std::unique_ptr<GsfInput, GObjectUnref> input(
        gsf_input_memory_new(reinterpret_cast<const guint8 *>(bytes.constData()), bytes.size(), FALSE));
    if (!input)
        return Error(Error::Kind::Internal, QStringLiteral("Cannot wrap the .msg bytes for libgsf"));
    GError *gerror = nullptr;
    std::unique_ptr<GsfInfile, GObjectUnref> root(gsf_infile_msole_new(input.get(), &gerror));
    if (!root) {
        const QString detail = gerror ? QString::fromUtf8(gerror->message) : QString();
        g_clear_error(&gerror);
        return parseError(QStringLiteral("The .msg file is damaged: its OLE2 container cannot be opened "
                                         "(truncated or corrupt sector tables)"),
            detail);
    }
    MsgStorageWalker walker(m_limits.maxEmbeddingDepth, m_limits.maxTotalBytes, m_limits.maxChildrenPerStorage, bytes.size());
    return walker.readMessage(root.get());
}

} // namespace soar::msg
