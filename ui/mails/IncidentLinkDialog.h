#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace soar::store {
class MailStore;
}

namespace soar::ui {

// "Add to incident...": records that a stored mail belongs to a SOAR incident (with a note),
// and lists the incidents it is already linked to. Linking the same incident again updates the
// note. The dialog stays open on an error and says what to fix.
class IncidentLinkDialog : public QDialog {
    Q_OBJECT
public:
    IncidentLinkDialog(store::MailStore *store, QString mailId, QWidget *parent = nullptr);

    // Records the link; false (and the error shown) when it could not be stored.
    bool link();

signals:
    void linked(const QString &incidentId);

private:
    void loadLinks();
    void showError(const QString &message);

    store::MailStore *m_store;
    QString m_mailId;
    QLineEdit *m_incident = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QTableWidget *m_links = nullptr;
    QPushButton *m_link = nullptr;
};

} // namespace soar::ui
