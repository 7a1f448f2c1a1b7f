#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace soar::test {

// Writes Outlook .msg files ([MS-OXMSG]) with libgsf's OLE2 writer, so tests and the demo can
// use messages whose every byte the project made. Strings are written as 8-bit PT_STRING8
// (001E) in the code page given to the constructor, like Outlook's ANSI files, or as UTF-16LE
// PT_UNICODE (001F) when it is 0.
//   MsgWriter msg(932);
//   msg.setInt(mapi::MessageCodepage, 932).setString(mapi::Subject, "日本語").bytes();
class MsgWriter {
public:
    struct Recipient {
        QString name;
        QString email;
        int type = 1; // 1 To, 2 Cc, 3 Bcc
    };

    explicit MsgWriter(int stringCodepage = 0);

    MsgWriter &setInt(quint16 id, qint32 value);
    MsgWriter &setBool(quint16 id, bool value);
    MsgWriter &setTime(quint16 id, const QDateTime &utc);
    MsgWriter &setString(quint16 id, const QString &text); // in this writer's code page
    MsgWriter &setBinary(quint16 id, const QByteArray &bytes);
    MsgWriter &addRecipient(const Recipient &recipient);
    // A file attachment; its strings use this writer's code page.
    MsgWriter &addAttachment(const QString &fileName, const QString &mimeType, const QByteArray &data);
    // An attached Outlook item (PR_ATTACH_METHOD 5) with strings in the inner writer's code page.
    MsgWriter &addEmbeddedMessage(const QString &displayName, const MsgWriter &message);

    // The whole .msg file. Deterministic: the same calls give the same bytes.
    QByteArray bytes() const;

    // The 8-bit bytes of text in a Windows code page (iconv "CP<n>"); fails the test on error.
    static QByteArray encode(const QString &text, int codepage);

private:
    struct Property {
        quint16 type = 0;
        quint64 fixed = 0;
        QByteArray stream; // variable-size value
    };
    struct Storage {
        QMap<quint32, Property> properties; // by tag, so the output order is stable
        QList<Storage> recipients;
        QList<Storage> attachments;
        std::shared_ptr<Storage> embedded; // an attachment's embedded message
    };
    enum class Kind { TopLevel, Embedded, SubObject };

    static void put(Storage &storage, quint16 id, quint16 type, quint64 fixed, const QByteArray &stream = {});
    QByteArray string8or16(const QString &text, quint16 &type) const;
    void putString(Storage &storage, quint16 id, const QString &text) const;
    static void writeStorage(void *outfile, const Storage &storage, Kind kind);

    int m_codepage;
    Storage m_root;
};

} // namespace soar::test
