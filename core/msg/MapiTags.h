#pragma once

#include <QtGlobal>

// MAPI property ids and types used by the MSG reader ([MS-OXPROPS], [MS-OXMSG]).
// A property tag is (id << 16) | type; string properties come as 001F (UTF-16LE) or 001E (8-bit).
namespace soar::msg::mapi {

enum PropertyType : quint16 {
    TypeInt16 = 0x0002,
    TypeInt32 = 0x0003,
    TypeFloat = 0x0004,
    TypeDouble = 0x0005,
    TypeCurrency = 0x0006,
    TypeAppTime = 0x0007,
    TypeError = 0x000A,
    TypeBoolean = 0x000B,
    TypeObject = 0x000D,
    TypeInt64 = 0x0014,
    TypeString8 = 0x001E,
    TypeUnicode = 0x001F,
    TypeSysTime = 0x0040,
    TypeGuid = 0x0048,
    TypeBinary = 0x0102,
};

enum PropertyId : quint16 {
    MessageClass = 0x001A,
    Subject = 0x0037,
    ClientSubmitTime = 0x0039,
    SentRepresentingName = 0x0042,
    TransportMessageHeaders = 0x007D,
    RecipientType = 0x0C15,
    SenderName = 0x0C1A,
    SenderAddrType = 0x0C1E,
    SenderEmailAddress = 0x0C1F,
    MessageDeliveryTime = 0x0E06,
    Body = 0x1000,
    RtfCompressed = 0x1009,
    Html = 0x1013,
    InternetMessageId = 0x1035,
    DisplayName = 0x3001,
    AddrType = 0x3002,
    EmailAddress = 0x3003,
    AttachDataObject = 0x3701, // binary data, or a storage (type 000D) holding an embedded message
    AttachFilename = 0x3704,
    AttachMethod = 0x3705,
    AttachLongFilename = 0x3707,
    AttachMimeTag = 0x370E,
    SmtpAddress = 0x39FE,
    InternetCodepage = 0x3FDE,
    MessageCodepage = 0x3FFD,
    SenderSmtpAddress = 0x5D01,
    SentRepresentingSmtpAddress = 0x5D02,
    AttachmentHidden = 0x7FFE,
};

// PR_ATTACH_METHOD value for an attached Outlook item stored as a sub-storage.
constexpr qint32 AttachEmbeddedMessage = 5;

constexpr quint32 tag(quint16 id, quint16 type)
{
    return (quint32(id) << 16) | type;
}

} // namespace soar::msg::mapi
