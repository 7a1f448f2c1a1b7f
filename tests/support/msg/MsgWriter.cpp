#include "MsgWriter.h"

#include "msg/MapiTags.h"

#include <QtEndian>

#include "msg/GsfIncludes.h"

namespace soar::test {

using namespace soar::msg::mapi;

namespace {

// {00020D0B-0000-0000-C000-000000000046}: the class of an Outlook message storage.
const guint8 kMessageClassId[16]
    = {0x0B, 0x0D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};

constexpr quint32 kReadableWritable = 0x00000006;

void writeStream(GsfOutfile *parent, const QString &name, const QByteArray &bytes)
{
    GsfOutput *child = gsf_outfile_new_child(parent, name.toUtf8().constData(), FALSE);
    if (!bytes.isEmpty())
        gsf_output_write(child, size_t(bytes.size()), reinterpret_cast<const guint8 *>(bytes.constData()));
    gsf_output_close(child);
    g_object_unref(child);
}

QString substgName(quint32 tag)
{
    return QStringLiteral("__substg1.0_") + QString::number(tag, 16).rightJustified(8, QLatin1Char('0')).toUpper();
}

QString numbered(const char *prefix, int number)
{
    return QLatin1String(prefix) + QString::number(number, 16).rightJustified(8, QLatin1Char('0')).toUpper();
}

void appendLe32(QByteArray &out, quint32 value)
{
    char b[4];
    qToLittleEndian(value, b);
    out.append(b, 4);
}

void appendLe64(QByteArray &out, quint64 value)
{
    char b[8];
    qToLittleEndian(value, b);
    out.append(b, 8);
}

} // namespace

MsgWriter::MsgWriter(int stringCodepage) : m_codepage(stringCodepage)
{
    setString(MessageClass, QStringLiteral("IPM.Note"));
}

void MsgWriter::put(Storage &storage, quint16 id, quint16 type, quint64 fixed, const QByteArray &stream)
{
    // A string is stored once: its other width is dropped so a reader cannot prefer it.
    storage.properties.remove(tag(id, TypeString8));
    storage.properties.remove(tag(id, TypeUnicode));
    storage.properties.insert(tag(id, type), Property {type, fixed, stream});
}

QByteArray MsgWriter::encode(const QString &text, int codepage)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray charset = "CP" + QByteArray::number(codepage);
    gsize written = 0;
    GError *error = nullptr;
    gchar *converted = g_convert(utf8.constData(), utf8.size(), charset.constData(), "UTF-8", nullptr, &written, &error);
    if (!converted) {
        const QByteArray why = error ? QByteArray(error->message) : QByteArray("unknown error");
        g_clear_error(&error);
        qFatal("MsgWriter: cannot encode \"%s\" in %s: %s", utf8.constData(), charset.constData(), why.constData());
    }
    QByteArray bytes(converted, qsizetype(written));
    g_free(converted);
    return bytes;
}

QByteArray MsgWriter::string8or16(const QString &text, quint16 &type) const
{
    if (m_codepage == 0) {
        type = TypeUnicode;
        QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        return bytes + QByteArray(2, '\0');
    }
    type = TypeString8;
    return encode(text, m_codepage) + QByteArray(1, '\0');
}

MsgWriter &MsgWriter::setInt(quint16 id, qint32 value)
{
    put(m_root, id, TypeInt32, quint32(value));
    return *this;
}

MsgWriter &MsgWriter::setBool(quint16 id, bool value)
{
    put(m_root, id, TypeBoolean, value ? 1 : 0);
    return *this;
}

MsgWriter &MsgWriter::setTime(quint16 id, const QDateTime &utc)
{
    // FILETIME: 100 ns intervals since 1601-01-01 UTC.
    const quint64 fileTime = quint64(utc.toMSecsSinceEpoch() + 11644473600000LL) * 10000u;
    put(m_root, id, TypeSysTime, fileTime);
    return *this;
}

MsgWriter &MsgWriter::setString(quint16 id, const QString &text)
{
    putString(m_root, id, text);
    return *this;
}

void MsgWriter::putString(Storage &storage, quint16 id, const QString &text) const
{
    quint16 type = 0;
    const QByteArray bytes = string8or16(text, type);
    put(storage, id, type, 0, bytes);
}

MsgWriter &MsgWriter::setBinary(quint16 id, const QByteArray &bytes)
{
    put(m_root, id, TypeBinary, 0, bytes);
    return *this;
}

MsgWriter &MsgWriter::addRecipient(const Recipient &r)
{
    Storage s;
    putString(s, DisplayName, r.name);
    putString(s, AddrType, QStringLiteral("SMTP"));
    putString(s, EmailAddress, r.email);
    putString(s, SmtpAddress, r.email);
    put(s, RecipientType, TypeInt32, quint32(r.type));
    m_root.recipients.append(s);
    return *this;
}

MsgWriter &MsgWriter::addAttachment(const QString &fileName, const QString &mimeType, const QByteArray &data)
{
    Storage s;
    putString(s, DisplayName, fileName);
    putString(s, AttachLongFilename, fileName);
    putString(s, AttachMimeTag, mimeType);
    put(s, AttachMethod, TypeInt32, 1); // ATTACH_BY_VALUE
    put(s, AttachDataObject, TypeBinary, 0, data);
    m_root.attachments.append(s);
    return *this;
}

MsgWriter &MsgWriter::addEmbeddedMessage(const QString &displayName, const MsgWriter &message)
{
    Storage s;
    putString(s, DisplayName, displayName);
    put(s, AttachMethod, TypeInt32, quint32(AttachEmbeddedMessage));
    // The storage itself is listed as a PT_OBJECT property.
    s.properties.insert(tag(AttachDataObject, TypeObject), Property {TypeObject, 0xFFFFFFFFu, {}});
    s.embedded = std::make_shared<Storage>(message.m_root);
    m_root.attachments.append(s);
    return *this;
}

void MsgWriter::writeStorage(void *outfilePtr, const Storage &storage, Kind kind)
{
    auto *outfile = static_cast<GsfOutfile *>(outfilePtr);
    // [MS-OXMSG] 2.4.1: the property stream header, then 16 bytes per property.
    QByteArray header;
    if (kind != Kind::SubObject) {
        header = QByteArray(8, '\0');
        appendLe32(header, quint32(storage.recipients.size())); // next recipient id
        appendLe32(header, quint32(storage.attachments.size())); // next attachment id
        appendLe32(header, quint32(storage.recipients.size()));
        appendLe32(header, quint32(storage.attachments.size()));
        if (kind == Kind::TopLevel)
            header += QByteArray(8, '\0');
    } else {
        header = QByteArray(8, '\0');
    }
    QByteArray entries = header;
    for (auto it = storage.properties.cbegin(); it != storage.properties.cend(); ++it) {
        const Property &p = it.value();
        appendLe32(entries, it.key());
        appendLe32(entries, kReadableWritable);
        if (p.type == TypeObject || p.type == TypeBinary || p.type == TypeString8 || p.type == TypeUnicode) {
            appendLe32(entries, p.type == TypeObject ? 0xFFFFFFFFu : quint32(p.stream.size()));
            appendLe32(entries, 0);
            if (p.type != TypeObject)
                writeStream(outfile, substgName(it.key()), p.stream);
        } else {
            appendLe64(entries, p.fixed);
        }
    }
    writeStream(outfile, QStringLiteral("__properties_version1.0"), entries);

    if (kind == Kind::TopLevel) {
        // The named-property map Outlook expects; empty, as nothing here uses named properties.
        GsfOutput *nameid = gsf_outfile_new_child(outfile, "__nameid_version1.0", TRUE);
        for (const char *stream : {"__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"})
            writeStream(GSF_OUTFILE(nameid), QString::fromLatin1(stream), {});
        gsf_output_close(nameid);
        g_object_unref(nameid);
    }
    for (int i = 0; i < storage.recipients.size(); ++i) {
        const QString name = numbered("__recip_version1.0_#", i);
        GsfOutput *child = gsf_outfile_new_child(outfile, name.toUtf8().constData(), TRUE);
        writeStorage(child, storage.recipients.at(i), Kind::SubObject);
        gsf_output_close(child);
        g_object_unref(child);
    }
    for (int i = 0; i < storage.attachments.size(); ++i) {
        const Storage &attachment = storage.attachments.at(i);
        const QString name = numbered("__attach_version1.0_#", i);
        GsfOutput *child = gsf_outfile_new_child(outfile, name.toUtf8().constData(), TRUE);
        writeStorage(child, attachment, Kind::SubObject);
        if (attachment.embedded) {
            GsfOutput *inner = gsf_outfile_new_child(GSF_OUTFILE(child), "__substg1.0_3701000D", TRUE);
            gsf_outfile_msole_set_class_id(GSF_OUTFILE_MSOLE(inner), kMessageClassId);
            writeStorage(inner, *attachment.embedded, Kind::Embedded);
            gsf_output_close(inner);
            g_object_unref(inner);
        }
        gsf_output_close(child);
        g_object_unref(child);
    }
}

QByteArray MsgWriter::bytes() const
{
    gsf_init();
    GsfOutput *memory = gsf_output_memory_new();
    GsfOutfile *ole = gsf_outfile_msole_new(memory);
    gsf_outfile_msole_set_class_id(GSF_OUTFILE_MSOLE(ole), kMessageClassId);
    writeStorage(ole, m_root, Kind::TopLevel);
    gsf_output_close(GSF_OUTPUT(ole));
    g_object_unref(ole);
    const auto *data = gsf_output_memory_get_bytes(GSF_OUTPUT_MEMORY(memory));
    const QByteArray out(reinterpret_cast<const char *>(data), qsizetype(gsf_output_size(memory)));
    g_object_unref(memory); // closed with the OLE2 file that wrote into it
    return out;
}

} // namespace soar::test
