#include "daemon/AnalyzeCommand.h"

#include "msg/OutlookMessageReader.h"
#include "tools/MailAnalyzer.h"
#include "tools/MimeMailAdapter.h"

#include <QFile>
#include <QJsonDocument>

namespace soar::daemon {

namespace {
// Larger files are not mails an analyst forwards; refuse before reading them into memory.
constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
} // namespace

int AnalyzeCommand::run(const DaemonOptions &options, QTextStream &out, QTextStream &err)
{
    QFile file(options.file);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "soar-imapd: cannot read " << options.file << ": " << file.errorString() << Qt::endl;
        return 1;
    }
    if (file.size() > kMaxFileBytes) {
        err << "soar-imapd: " << options.file << " is larger than 256 MiB; that is not a mail file" << Qt::endl;
        return 1;
    }
    const QByteArray bytes = file.readAll();
    tools::MailAnalysisReport report;
    if (msg::OutlookMessageReader::looksLikeOle2(bytes)) {
        const auto analysed = tools::MailAnalyzer().analyzeMsg(bytes);
        if (!analysed.ok()) {
            err << "soar-imapd: " << options.file << ": " << analysed.error().toString() << Qt::endl;
            return 1;
        }
        report = analysed.value();
    } else {
        report = tools::MimeMailAdapter::analyzeEml(bytes);
    }
    const QJsonObject json = report.toJson();
    if (options.json) {
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "Format:      " << report.format << '\n'
        << "Subject:     " << report.subject << '\n'
        << "From:        " << report.from.name << " <" << report.from.email << ">\n"
        << "Message-ID:  " << report.messageId << '\n';
    for (const auto &a : report.attachments)
        out << "Attachment:  " << a.fileName << " (" << a.mimeType << ", " << a.size << " bytes) sha256 " << a.sha256
            << (a.embeddedMessage ? QStringLiteral(" [mail: %1]").arg(a.embeddedMessage->subject) : QString()) << '\n';
    for (const QString &defect : report.defects)
        out << "Defect:      " << defect << '\n';
    for (const auto &ioc : report.iocs.items())
        out << "IOC:         " << tools::Ioc::kindName(ioc.kind) << " " << ioc.normalized << '\n';
    out.flush();
    return 0;
}

} // namespace soar::daemon
