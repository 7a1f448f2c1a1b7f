#pragma once

#include <QHash>
#include <QTextBrowser>

namespace soar::ui {

// Shows an HTML mail body without ever fetching anything: a remote image is a tracking pixel
// (it tells the sender the mail was opened) and may carry an exploit. Only cid: images that the
// mail itself carries are shown; every other resource comes back empty, and links are not followed.
class SafeHtmlBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit SafeHtmlBrowser(QWidget *parent = nullptr);

    // Content-ID (without <>) -> decoded bytes of the mail's inline parts.
    void setInlineParts(QHash<QString, QByteArray> parts) { m_inline = std::move(parts); }
    // Resource URLs the body asked for and did not get, for the "remote content blocked" note.
    const QStringList &blockedUrls() const { return m_blocked; }
    void clearBlocked() { m_blocked.clear(); }

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void remoteContentBlocked(const QUrl &url);

private:
    QHash<QString, QByteArray> m_inline;
    QStringList m_blocked;
};

} // namespace soar::ui
