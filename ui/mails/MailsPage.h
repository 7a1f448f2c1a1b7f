#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace soar::store {
class MailStore;
}

namespace soar::ui {

class MailDetailView;
class MailListModel;

// The Mails tab: search (full text, debounced), filters by resource and SOAR state, the mail
// table (sorted by the store, loaded page by page) and the selected mail's detail below it.
// Mail Cloud SOAR refused is sent again with Retry delivery (the selected mail) or Retry all
// failed (the filtered resource, or every resource); the controller does the sending.
class MailsPage : public QWidget {
    Q_OBJECT
public:
    explicit MailsPage(store::MailStore *store, QWidget *parent = nullptr);

    // Resource names for the filter (the settings' resources); the current choice is kept.
    void setResources(const QStringList &names);

    MailDetailView *detail() const { return m_detail; }
    QString currentMailId() const;

public slots:
    // Re-reads the list (new mail stored, states changed) and keeps the selected mail.
    void refresh();
    // For the daemon's per-mail mailStored signal: one refresh per burst, not one per mail.
    void scheduleRefresh();
    // Selects and shows the mail, loading pages until it is in the table; false when it is not
    // in the current (filtered) list.
    bool selectMail(const QString &mailId);

signals:
    void retryDeliveryRequested(const QString &resource, const QString &mailId);
    // resource empty: every resource.
    void retryAllFailedRequested(const QString &resource);

private:
    void applySearch();
    void applyFilters();
    void onCurrentRowChanged();
    void updateStatus();
    void reselect(const QString &mailId);
    void updateRetry();

    store::MailStore *m_store;
    MailListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_refreshDelay = nullptr;
    QComboBox *m_resource = nullptr;
    QComboBox *m_state = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    MailDetailView *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_retryAll = nullptr;
    QString m_loadError;
    QString m_keepSelected; // the selected mail across a model reset
    bool m_refreshing = false;
};

} // namespace soar::ui
