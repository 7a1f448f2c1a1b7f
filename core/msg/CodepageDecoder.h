#pragma once

#include <QByteArray>
#include <QString>

namespace soar::msg {

// Decodes 8-bit MAPI strings with a Windows code page number (PR_MESSAGE_CODEPAGE,
// PR_INTERNET_CPID). Qt 6.4's QStringDecoder knows only UTF and Latin-1, so this goes through
// glib's iconv (g_convert), which knows ISO-2022-JP (50220), Shift-JIS (932), GBK, KOI8 and so on.
class CodepageDecoder {
public:
    // The iconv name for a Windows code page, e.g. 50220 -> "ISO-2022-JP", 1252 -> "CP1252".
    static QByteArray charsetName(int codepage);

    // The Windows code page of a MIME charset name ("shift_jis" -> 932, "koi8-r" -> 20866),
    // 0 when unknown. For .msg files that name no code page but keep the sent mail's headers.
    static int codepageForCharset(const QByteArray &charset);

    // Decodes bytes; if the code page is unknown or the bytes are invalid in it, falls back to
    // Windows-1252 and then Latin-1, so text is never lost. A trailing NUL is dropped.
    static QString decode(const QByteArray &bytes, int codepage);
};

} // namespace soar::msg
