#include "daemon/StructureFileNames.h"

#include "mime/FileNameSanitizer.h"
#include "mime/MimeParameters.h"

namespace soar::daemon {

namespace {

QString mimeType(const imap::BodyStructure &part)
{
    if (part.type.isEmpty())
        return QStringLiteral("application/octet-stream");
    return QString::fromLatin1(part.type + '/' + part.subtype).toLower();
}

// As mime's PartWalker: the disposition's filename, else the Content-Type's name.
QString declaredFileName(const imap::BodyStructure &part)
{
    const QString filename = mime::MimeParameters::decoded(part.dispositionParameters, "filename");
    return filename.isNull() ? mime::MimeParameters::decoded(part.parameters, "name") : filename;
}

bool isEnclosedMail(const imap::BodyStructure &part)
{
    return part.type == "message" && (part.subtype == "rfc822" || part.subtype == "global" || part.subtype == "news");
}

} // namespace

QStringList StructureFileNames::of(const imap::BodyStructure &root)
{
    QStringList names;
    walkMail(root, names);
    return names;
}

void StructureFileNames::walkMail(const imap::BodyStructure &root, QStringList &names)
{
    int attachments = 0; // a forwarded mail numbers its unnamed attachments from 1 again
    walkPart(root, names, attachments);
}

void StructureFileNames::walkPart(const imap::BodyStructure &part, QStringList &names, int &attachments)
{
    if (part.type == "multipart") {
        for (const imap::BodyStructure &child : part.parts)
            walkPart(child, names, attachments);
        return;
    }
    const QString type = mimeType(part);
    const QString declared = declaredFileName(part);
    if (isEnclosedMail(part)) {
        names << mime::FileNameSanitizer::sanitize(declared, ++attachments, type);
        for (const imap::BodyStructure &enclosed : part.parts)
            walkMail(enclosed, names);
        return;
    }
    const bool bodyType = type == QLatin1String("text/plain") || type == QLatin1String("text/html");
    if (bodyType && part.disposition != "attachment" && declared.isEmpty())
        return; // read as the mail's text, not an attachment
    names << mime::FileNameSanitizer::sanitize(declared, ++attachments, type);
}

} // namespace soar::daemon
