#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

// STARTTLS, the handshake, then CAPABILITY again (what the server said before TLS is not
// trusted). A server that does not offer STARTTLS is refused: no silent plaintext fallback.
class StartTlsTask final : public Task {
    Q_OBJECT
public:
    using Task::Task;
    QString name() const override { return QStringLiteral("STARTTLS"); }
    void onEncrypted() override;

protected:
    void run() override;
    void onTaggedOk(const StateResponse &response) override;
    common::Error errorForRejection(const StateResponse &response) const override;

private:
    enum class Step { StartTls, Handshake, Capability };
    Step m_step = Step::StartTls;
};

} // namespace soar::imap
