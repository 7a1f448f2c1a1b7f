#include "mime/gmime/BorrowedBytesStream.h"

namespace soar::mime::gmime {

BorrowedBytesStream::BorrowedBytesStream(const QByteArray &bytes)
    : m_bytes(bytes),
      // Only GMime reads through this pointer; the const_cast is for GLib's signature.
      m_view(g_byte_array_new_take(reinterpret_cast<guint8 *>(const_cast<char *>(m_bytes.constData())), gsize(m_bytes.size()))),
      m_stream(g_mime_stream_mem_new_with_byte_array(m_view))
{
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(m_stream.get()), FALSE);
}

BorrowedBytesStream::~BorrowedBytesStream()
{
    m_stream.reset();
    // FALSE: free GLib's header only; the bytes belong to m_bytes.
    g_byte_array_free(m_view, FALSE);
}

} // namespace soar::mime::gmime
