#include "msg/MsgStorageWalker.h"

#include "msg/CodepageDecoder.h"
#include "msg/CompressedRtf.h"

#include <QRegularExpression>
#include <QtEndian>

#include "msg/GsfIncludes.h"

#include <algorithm>
#include <memory>

namespace soar::msg {

using common::Error;
using common::Result;
using namespace mapi;

namespace {

// [MS-OXMSG] 2.4: the property stream header is 32 bytes for the top-level message, 24 for an
// embedded message, 8 for recipient and attachment storages; then 16 bytes per property.
constexpr int TopLevelHeader = 32;
constexpr int EmbeddedHeader = 24;
constexpr int SubObjectHeader = 8;
constexpr int PropertyEntrySize = 16;

const QString PropertyStreamName = QStringLiteral("__properties_version1.0");
const QString SubstgPrefix = QStringLiteral("__substg1.0_");
const QString RecipientPrefix = QStringLiteral("__recip_version1.0_#");
const QString AttachmentPrefix = QStringLiteral("__attach_version1.0_#");

struct GObjectUnref {
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
using InputPtr = std::unique_ptr<GsfInput, GObjectUnref>;

Error parseError(const QString &message, const QString &detail = {})
{
    return Error(Error::Kind::Parse, message, detail);
}

Error truncated(const QString &entry)
{
    return parseError(QStringLiteral("The .msg file is truncated or damaged: entry %1 cannot be read").arg(entry));
}

bool isStorage(GsfInput *input)
{
    return GSF_IS_INFILE(input) && gsf_infile_num_children(GSF_INFILE(input)) >= 0;
}

bool isFixedSize(quint16 type)
{
    switch (type) {
    case TypeInt16:
    case TypeInt32:
    case TypeFloat:
    case TypeDouble:
    case TypeCurrency:
    case TypeAppTime:
    case TypeError:
    case TypeBoolean:
    case TypeInt64:
    case TypeSysTime:
        return true;
    default:
        return false;
    }
}

OutlookRecipient::Type recipientType(std::optional<qint32> value)
{
    // The high bits carry flags (e.g. MAPI_SUBMITTED); the low nibble is the type.
    switch (value.value_or(-1) & 0x0F) {
    case 0:
        return OutlookRecipient::Type::Originator;
    case 1:
        return OutlookRecipient::Type::To;
    case 2:
        return OutlookRecipient::Type::Cc;
    case 3:
        return OutlookRecipient::Type::Bcc;
    default:
        return OutlookRecipient::Type::Unknown;
    }
}

// The first charset="..." of a header block (ASCII, so any code page reads it).
QByteArray headerCharset(const QString &headers)
{
    static const QRegularExpression charset(
        QStringLiteral(R"(charset\s*=\s*"?([A-Za-z0-9_.:-]+))"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = charset.match(headers);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

} // namespace

MsgStorageWalker::MsgStorageWalker(int maxDepth, qint64 maxTotalBytes, int maxChildren, qint64 containerSize)
    : m_maxDepth(maxDepth), m_maxTotalBytes(maxTotalBytes), m_maxChildren(maxChildren), m_containerSize(containerSize)
{ }

Result<OutlookMessage> MsgStorageWalker::readMessage(GsfInfile *root)
{
    return readMessageStorage(root, TopLevelHeader, 0, 1252);
}

Result<QByteArray> MsgStorageWalker::readStream(GsfInput *stream, const QString &name)
{
    const gsf_off_t size = gsf_input_size(stream);
    // A stream can never be larger than the file that holds it: a bigger size is a lie.
    if (size < 0 || size > m_containerSize)
        return parseError(QStringLiteral("The .msg file is damaged: stream %1 claims %2 bytes, more than the file holds")
                              .arg(name)
                              .arg(qint64(size)));
    m_bytesRead += size;
    if (m_bytesRead > m_maxTotalBytes)
        return parseError(QStringLiteral("The .msg file is too large to analyse: its streams exceed %1 MiB in total")
                              .arg(m_maxTotalBytes / (1024 * 1024)));
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    if (size > 0 && !gsf_input_read(stream, size_t(size), reinterpret_cast<guint8 *>(bytes.data())))
        return truncated(name);
    return bytes;
}

void MsgStorageWalker::parsePropertyStream(const QByteArray &bytes, int headerSize, PropertyBag &bag) const
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    for (qsizetype pos = headerSize; pos + PropertyEntrySize <= bytes.size(); pos += PropertyEntrySize) {
        const quint32 tag = qFromLittleEndian<quint32>(data + pos);
        const quint16 type = quint16(tag & 0xFFFFu);
        if (isFixedSize(type))
            bag.setFixed(tag, qFromLittleEndian<quint64>(data + pos + 8));
    }
}

Result<MsgStorageWalker::Storage> MsgStorageWalker::readStorage(GsfInfile *storage, int propertyHeaderSize)
{
    Storage result;
    const int count = gsf_infile_num_children(storage);
    if (count > m_maxChildren)
        return parseError(QStringLiteral("The .msg file is damaged: a storage lists %1 entries").arg(count));
    for (int i = 0; i < count; ++i) {
        const char *rawName = gsf_infile_name_by_index(storage, i);
        if (!rawName)
            continue;
        const QString name = QString::fromUtf8(rawName);
        if (name.startsWith(RecipientPrefix)) {
            result.recipientStorages.append(name);
            continue;
        }
        if (name.startsWith(AttachmentPrefix)) {
            result.attachmentStorages.append(name);
            continue;
        }
        const bool isProperties = name == PropertyStreamName;
        const bool isSubstg = name.startsWith(SubstgPrefix) && name.size() == SubstgPrefix.size() + 8;
        if (!isProperties && !isSubstg)
            continue; // named-property mapping and unknown entries are not needed
        InputPtr child(gsf_infile_child_by_index(storage, i));
        if (!child)
            return truncated(name);
        if (isStorage(child.get()))
            continue; // e.g. __substg1.0_3701000D, read by readAttachment
        auto bytes = readStream(child.get(), name);
        if (!bytes.ok())
            return bytes.error();
        if (isProperties) {
            parsePropertyStream(bytes.value(), propertyHeaderSize, result.properties);
            result.hasPropertyStream = true;
            continue;
        }
        bool okTag = false;
        const quint32 tag = name.mid(SubstgPrefix.size()).toUInt(&okTag, 16);
        if (okTag)
            result.properties.setStream(tag, std::move(bytes).value());
    }
    std::sort(result.recipientStorages.begin(), result.recipientStorages.end());
    std::sort(result.attachmentStorages.begin(), result.attachmentStorages.end());
    return result;
}

Result<OutlookMessage> MsgStorageWalker::readMessageStorage(
    GsfInfile *storage, int propertyHeaderSize, int depth, int outerCodepage)
{
    auto storageResult = readStorage(storage, propertyHeaderSize);
    if (!storageResult.ok())
        return storageResult.error();
    const Storage &s = storageResult.value();
    if (!s.hasPropertyStream) {
        return parseError(QStringLiteral("This OLE2 file is not an Outlook message, or it is truncated: it has no %1 "
                                         "stream (is it a Word or Excel document, or an incomplete download?)")
                              .arg(PropertyStreamName));
    }
    const PropertyBag &p = s.properties;
    OutlookMessage m;
    m.internetCodepage = p.int32(InternetCodepage).value_or(0);
    m.messageCodepage = p.int32(MessageCodepage).value_or(0);
    // 8-bit strings are in the message's code page, else the one it was sent in, else the
    // charset its kept Internet headers name, else the enclosing message's (attached items
    // often name none) or Western.
    int stringCodepage = m.messageCodepage ? m.messageCodepage : m.internetCodepage;
    if (!stringCodepage)
        stringCodepage = CodepageDecoder::codepageForCharset(headerCharset(p.string(TransportMessageHeaders, 20127)));
    if (!stringCodepage)
        stringCodepage = outerCodepage;
    const int htmlCodepage = m.internetCodepage ? m.internetCodepage : stringCodepage;

    m.messageClass = p.string(MessageClass, stringCodepage);
    m.subject = p.string(Subject, stringCodepage);
    m.senderName = p.string(SenderName, stringCodepage);
    if (m.senderName.isEmpty())
        m.senderName = p.string(SentRepresentingName, stringCodepage);
    m.senderEmail = p.string(SenderSmtpAddress, stringCodepage);
    if (m.senderEmail.isEmpty()) {
        const QString address = p.string(SenderEmailAddress, stringCodepage);
        const QString addrType = p.string(SenderAddrType, stringCodepage);
        // An Exchange sender has an X.500 DN here; its SMTP address may be in sent-representing.
        const QString representing = p.string(SentRepresentingSmtpAddress, stringCodepage);
        m.senderEmail = (addrType.compare(QStringLiteral("EX"), Qt::CaseInsensitive) == 0 && !representing.isEmpty())
            ? representing
            : address;
    }
    m.body = p.string(Body, p.has(Body, TypeString8) ? stringCodepage : 0);
    if (p.has(Html, TypeBinary)) {
        m.htmlBody = p.binary(Html);
        m.htmlText = CodepageDecoder::decode(m.htmlBody, htmlCodepage);
    } else {
        m.htmlText = p.string(Html, htmlCodepage);
        m.htmlBody = m.htmlText.toUtf8();
    }
    if (p.has(RtfCompressed, TypeBinary)) {
        // A damaged RTF body should not hide the rest of the message: it is left empty.
        auto rtf = CompressedRtf::decompress(p.binary(RtfCompressed));
        if (rtf.ok())
            m.rtfBody = std::move(rtf).value();
    }
    m.transportHeaders = p.string(TransportMessageHeaders, stringCodepage);
    m.internetMessageId = p.string(InternetMessageId, stringCodepage);
    m.submitTime = p.time(ClientSubmitTime);
    m.deliveryTime = p.time(MessageDeliveryTime);

    for (const QString &name : s.recipientStorages) {
        InputPtr child(gsf_infile_child_by_name(storage, name.toUtf8().constData()));
        if (!child || !isStorage(child.get()))
            return truncated(name);
        auto recipient = readRecipient(GSF_INFILE(child.get()), stringCodepage);
        if (!recipient.ok())
            return recipient.error();
        m.recipients.append(std::move(recipient).value());
    }
    for (const QString &name : s.attachmentStorages) {
        InputPtr child(gsf_infile_child_by_name(storage, name.toUtf8().constData()));
        if (!child || !isStorage(child.get()))
            return truncated(name);
        auto attachment = readAttachment(GSF_INFILE(child.get()), stringCodepage, depth);
        if (!attachment.ok())
            return attachment.error();
        m.attachments.append(std::move(attachment).value());
    }
    return m;
}

Result<OutlookRecipient> MsgStorageWalker::readRecipient(GsfInfile *storage, int codepage)
{
    auto storageResult = readStorage(storage, SubObjectHeader);
    if (!storageResult.ok())
        return storageResult.error();
    const PropertyBag &p = storageResult.value().properties;
    OutlookRecipient r;
    r.name = p.string(DisplayName, codepage);
    r.email = p.string(SmtpAddress, codepage);
    if (r.email.isEmpty())
        r.email = p.string(EmailAddress, codepage);
    r.type = recipientType(p.int32(RecipientType));
    return r;
}

Result<OutlookAttachment> MsgStorageWalker::readAttachment(GsfInfile *storage, int codepage, int depth)
{
    auto storageResult = readStorage(storage, SubObjectHeader);
    if (!storageResult.ok())
        return storageResult.error();
    const PropertyBag &p = storageResult.value().properties;
    OutlookAttachment a;
    a.displayName = p.string(DisplayName, codepage);
    a.longFileName = p.string(AttachLongFilename, codepage);
    a.shortFileName = p.string(AttachFilename, codepage);
    a.mimeTag = p.string(AttachMimeTag, codepage);
    a.method = p.int32(AttachMethod).value_or(0);
    a.hidden = p.boolean(AttachmentHidden).value_or(false);
    a.data = p.binary(AttachDataObject);

    // An attached Outlook item is a storage named after PR_ATTACH_DATA_OBJ with type PT_OBJECT.
    static const QByteArray embeddedName = QByteArrayLiteral("__substg1.0_3701000D");
    InputPtr embedded(gsf_infile_child_by_name(storage, embeddedName.constData()));
    if (embedded && isStorage(embedded.get())) {
        if (depth + 1 > m_maxDepth)
            return parseError(QStringLiteral("The .msg file nests attached messages more than %1 levels deep").arg(m_maxDepth));
        auto inner = readMessageStorage(GSF_INFILE(embedded.get()), EmbeddedHeader, depth + 1, codepage);
        if (!inner.ok())
            return inner.error();
        a.embeddedMessage = std::make_shared<const OutlookMessage>(std::move(inner).value());
    }
    return a;
}

} // namespace soar::msg
