#include "daemon/StoreCommands.h"

#include "common/AppPaths.h"
#include "daemon/MailJson.h"
#include "mime/MailParser.h"
#include "store/DeliveryState.h"
#include "store/MailStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace soar::daemon {

namespace {

bool openStore(store::MailStore &store, QTextStream &err)
{
    const auto opened = store.open(common::AppPaths::storeFile());
    if (!opened.ok()) {
        err << "soar-imapd: cannot open the mail store: " << opened.error().toString() << Qt::endl;
        return false;
    }
    return true;
}

QString shortDate(const QDateTime &date)
{
    return date.isValid() ? date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString clip(const QString &text, int width)
{
    return text.size() <= width ? text.leftJustified(width) : text.left(width - 1) + QChar(0x2026);
}

} // namespace

int StoreCommands::list(const DaemonOptions &options, QTextStream &out, QTextStream &err)
{
    store::MailStore store;
    if (!openStore(store, err))
        return 1;
    store::MailQuery query;
    query.resource = options.resource;
    query.searchText = options.search;
    query.limit = options.limit;
    const auto page = store.list(query);
    if (!page.ok()) {
        err << "soar-imapd: " << page.error().toString() << Qt::endl;
        return 1;
    }
    if (options.json) {
        QJsonArray array;
        for (const store::MailSummary &summary : page.value()) {
            const auto mail = store.mail(summary.mailId);
            if (mail.ok())
                array.append(MailJson::contract(mail.value()));
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const store::MailSummary &m : page.value()) {
        out << m.mailId.leftJustified(36) << "  " << shortDate(m.date) << "  " << clip(m.fromAddress, 28) << "  "
            << clip(m.subject, 50) << "  " << store::deliveryStateName(m.deliveryState) << '\n';
    }
    const auto total = store.count(query);
    out << page.value().size() << " of " << (total.ok() ? total.value() : page.value().size()) << " mails" << Qt::endl;
    return 0;
}

int StoreCommands::show(const DaemonOptions &options, QTextStream &out, QTextStream &err)
{
    store::MailStore store;
    if (!openStore(store, err))
        return 1;
    const auto stored = store.mail(options.mailId);
    if (!stored.ok()) {
        err << "soar-imapd: " << stored.error().toString() << Qt::endl;
        return 1;
    }
    const auto raw = store.rawMessage(options.mailId);
    if (!raw.ok()) {
        err << "soar-imapd: " << raw.error().toString() << Qt::endl;
        return 1;
    }
    const mime::Mail parsed = mime::MailParser::parse(raw.value(), {}, stored.value().internalDate);
    const QJsonObject json = MailJson::full(stored.value(), parsed);
    if (options.json) {
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return 0;
    }
    const store::StoredMail &m = stored.value();
    out << "Mail ID:  " << m.mailId << '\n'
        << "From:     " << m.fromDisplay << '\n'
        << "To:       " << m.to.join(QStringLiteral(", ")) << '\n';
    if (!m.cc.isEmpty())
        out << "Cc:       " << m.cc.join(QStringLiteral(", ")) << '\n';
    out << "Subject:  " << m.subject << '\n'
        << "Date:     " << shortDate(m.date) << '\n'
        << "Folder:   " << m.resource << " / " << m.folder << " (UID " << m.uid << ")\n"
        << "State:    " << store::deliveryStateName(m.deliveryState)
        << (m.soarMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.soarMessage)) << "\n\n"
        << parsed.bodyText() << '\n';
    for (const mime::Attachment &a : parsed.attachments)
        out << "Attachment: " << a.fileName << " (" << a.contentType << ", " << a.size << " bytes) sha256 " << a.sha256 << '\n';
    out.flush();
    return 0;
}

int StoreCommands::checkStore(QTextStream &out, QTextStream &err)
{
    store::MailStore store;
    if (!openStore(store, err))
        return 1;
    const auto checked = store.checkIntegrity();
    if (!checked.ok()) {
        err << "soar-imapd: " << checked.error().message << '\n' << checked.error().detail << Qt::endl;
        return 1;
    }
    out << "The mail store " << store.path() << " is sound." << Qt::endl;
    return 0;
}

} // namespace soar::daemon
