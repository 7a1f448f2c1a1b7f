#include "mails/SafeHtmlBrowser.h"

#include <QImage>
#include <QUrl>

namespace soar::ui {

SafeHtmlBrowser::SafeHtmlBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

QVariant SafeHtmlBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme().compare(QStringLiteral("cid"), Qt::CaseInsensitive) == 0) {
        const auto part = m_inline.constFind(name.path());
        if (part != m_inline.constEnd() && type == QTextDocument::ImageResource)
            return QImage::fromData(*part);
        return {};
    }
    // Never QTextBrowser::loadResource: it would read local files and follow relative URLs.
    // QTextDocument itself never opens network connections, so refusing here is complete.
    const QString text = name.toString();
    if (!m_blocked.contains(text)) {
        m_blocked.append(text);
        emit remoteContentBlocked(name);
    }
    return {};
}

} // namespace soar::ui
