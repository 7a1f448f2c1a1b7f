#pragma once

#include "InlineErrors.h"
#include "settings/ResourceSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace soar::ui {

// The guided setup shown while no resource exists: pick a provider preset (Microsoft 365,
// Gmail, Yahoo, custom), type the few personal fields, then "Save and Test". Saving and testing
// are the main window's job (the same path as the resource form), on finished().
class FirstRunPage : public QWidget {
    Q_OBJECT
public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    // The resource the fields describe (everything else at its defaults).
    settings::ResourceSettings resource() const;
    QString password() const;
    QList<settings::SettingsIssue> issues() const;

    // Selects a preset by ServerPreset::id; false when there is none.
    bool choosePreset(const QString &id);
    // While the main window saves: the button is disabled and says so.
    void setBusy(bool busy);
    // A problem with saving (keychain, file); empty clears it.
    void setError(const QString &message);
    // Back to the defaults, e.g. after the last resource was removed.
    void reset();

signals:
    void finished(const settings::ResourceSettings &resource, const QString &password);
    void fullFormRequested();

private:
    void onPresetChanged();
    void onSecurityChanged();
    void refresh();

    InlineErrors m_errors;
    QComboBox *m_preset = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QComboBox *m_security = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_finish = nullptr;
    settings::ImapSecurity m_shownSecurity = settings::ImapSecurity::Tls;
    bool m_busy = false;
    bool m_edited = false; // inline errors appear once the analyst started typing
};

} // namespace soar::ui
