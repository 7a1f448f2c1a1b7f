#pragma once

namespace soar::rules {

// The "Email Fetch Type" setting.
enum class FetchType {
    Unseen, // only mail without \Seen
    FromLatestStored, // everything newer than the newest mail stored for this folder
};

} // namespace soar::rules
