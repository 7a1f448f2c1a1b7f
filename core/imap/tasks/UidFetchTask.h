#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

// UID FETCH of many messages in pipelined batches: several commands are in flight at once so
// the server never waits for us. Each message is delivered by messageFetched() as it arrives;
// a message over the size limit is reported by messageFailed() and the fetch goes on.
class UidFetchTask final : public Task {
    Q_OBJECT
public:
    struct Request {
        QList<quint32> uids;
        QList<Argument> items; // e.g. FLAGS, BODY.PEEK[]; UID is always added
        int batchSize = 100;
        int pipelineDepth = 3;
    };
    // UID FLAGS RFC822.SIZE INTERNALDATE BODY.PEEK[]: everything needed to store a mail.
    static QList<Argument> fullMessageItems();

    explicit UidFetchTask(Request request, QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("UID FETCH"); }

signals:
    void messageFetched(const soar::imap::FetchResponse &message);
    void messageFailed(quint32 uid, const soar::common::Error &error);

protected:
    void run() override;
    void onUntagged(const Response &response) override;
    void onTaggedOk(const StateResponse &response) override;

private:
    void sendNextBatch();

    Request m_request;
    qsizetype m_nextIndex = 0;
};

} // namespace soar::imap
