#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

// UID STORE +FLAGS.SILENT / -FLAGS.SILENT / FLAGS.SILENT for system flags (\Seen) and keywords.
class UidStoreTask final : public Task {
    Q_OBJECT
public:
    enum class Mode { Add, Remove, Replace };
    UidStoreTask(QList<quint32> uids, Mode mode, QByteArrayList flags, QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("UID STORE"); }

    // "\Seen" or a keyword atom such as "$Phishing".
    static bool isValidFlag(const QByteArray &flag);

protected:
    void run() override;
    void onTaggedOk(const StateResponse &) override { succeed(); }

private:
    QList<quint32> m_uids;
    Mode m_mode;
    QByteArrayList m_flags;
};

} // namespace soar::imap
