#pragma once

#include "mime/MailDefect.h"
#include "mime/MailParser.h"

#include "mime/gmime/GMimeInclude.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace soar::mime::gmime {

// State of one MailParser call: GMime parser options whose warning callback records defects,
// the limits, and the part counter shared by the mail and every mail enclosed in it.
class ParseSession {
public:
    explicit ParseSession(const MailParser::Limits &limits);
    ~ParseSession();
    ParseSession(const ParseSession &) = delete;
    ParseSession &operator=(const ParseSession &) = delete;

    GMimeParserOptions *options() const { return m_options; }
    const MailParser::Limits &limits() const { return m_limits; }

    // Recorded on the top-level mail and on every enclosed mail being read right now.
    void addDefect(const QString &kind, const QString &detail);
    void limitReached(const QString &detail) { addDefect(MailDefect::ParseLimited, detail); }
    void openEnclosedMail(QStringList *defects) { m_enclosedSinks.append(defects); }
    void closeEnclosedMail() { m_enclosedSinks.removeLast(); }

    // Counts one more MIME part; false (and a defect, once) when maxParts is used up.
    bool takePart();

    // The top-level mail's defects, with a final note when some were not listed.
    QStringList takeDefects();

private:
    static void onParserWarning(gint64 offset, GMimeParserWarning code, const gchar *item, gpointer self);
    static void appendCapped(QStringList &list, const QString &defect, int cap);

    MailParser::Limits m_limits;
    GMimeParserOptions *m_options = nullptr;
    QStringList m_defects;
    int m_unlistedDefects = 0;
    QList<QStringList *> m_enclosedSinks;
    int m_parts = 0;
};

} // namespace soar::mime::gmime
