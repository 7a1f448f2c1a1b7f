#pragma once

#include "imap/tasks/Task.h"

namespace soar::imap {

// What LOGIN and AUTHENTICATE share: once the server accepts the credentials the session is
// authenticated, and the capabilities, which change then, are read again unless the OK carried
// them. A NO/BAD before that refuses the credentials (rejection()); after it, it is CAPABILITY's.
class SignInTask : public Task {
    Q_OBJECT
public:
    using Task::Task;

protected:
    void onTaggedOk(const StateResponse &response) final;
    common::Error errorForRejection(const StateResponse &response) const final;
    // The error for credentials the server refused: what to check.
    virtual common::Error rejection(const StateResponse &response) const = 0;

private:
    bool m_signedIn = false;
};

} // namespace soar::imap
