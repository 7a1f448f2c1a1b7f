#pragma once

#include "mime/gmime/GMimeInclude.h"
#include "mime/gmime/GObjectRef.h"

#include <QByteArray>

namespace soar::mime::gmime {

// A GMime memory stream over the bytes of a QByteArray, without copying them: GMime's own
// g_mime_stream_mem_new_with_buffer() copies, which cost a whole extra copy of every fetched
// mail (and the page faults of a fresh buffer). GMime reads the stream, never writes it.
// Parsed parts keep substreams of this stream instead of copies of their content, so this
// object must outlive every GMime object built from it: declare it before them.
class BorrowedBytesStream {
public:
    explicit BorrowedBytesStream(const QByteArray &bytes);
    ~BorrowedBytesStream();
    BorrowedBytesStream(const BorrowedBytesStream &) = delete;
    BorrowedBytesStream &operator=(const BorrowedBytesStream &) = delete;

    GMimeStream *get() const { return m_stream.get(); }

private:
    QByteArray m_bytes; // keeps the borrowed bytes alive
    GByteArray *m_view; // GLib's array header around them; the data stays ours
    GObjectRef<GMimeStream> m_stream;
};

} // namespace soar::mime::gmime
