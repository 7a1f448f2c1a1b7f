#pragma once

#include "InlineErrors.h"
#include "ResourceSecrets.h"
#include "daemon/FolderChoice.h"
#include "settings/ResourceSettings.h"
#include "settings/SettingsIssue.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace soar::settings {
class SecretStore;
}

namespace soar::ui {

class ConnectionPage;
class FetchingPage;
class FilterPage;
class SoarPage;

// Edits one resource: Connection, Cloud SOAR, Fetching and Pre-filters pages, inline validation,
// Save / Revert. Secrets are read from the SecretStore here; writing them is the caller's job on
// saveRequested() (see ResourceCatalog), followed by markSaved().
class ResourceForm : public QWidget {
    Q_OBJECT
public:
    explicit ResourceForm(settings::SecretStore *secrets, QWidget *parent = nullptr);

    // Shows resource. Its secrets are read from the store under secretsOf (default: its name),
    // so a duplicate starts with the original's password. A draft counts as unsaved.
    void load(const settings::ResourceSettings &resource, bool draft = false, const QString &secretsOf = {});

    settings::ResourceSettings current() const;
    ResourceSecrets currentSecrets() const;
    // What was last loaded or saved: the secrets that are in the store now.
    ResourceSecrets savedSecrets() const { return m_savedSecrets; }
    QString resourceName() const { return m_saved.name; }
    bool isDirty() const;
    bool isDraft() const { return m_draft; }
    QList<settings::SettingsIssue> issues() const;
    bool isValid() const { return issues().isEmpty(); }

    void markSaved(const settings::ResourceSettings &saved);
    // After the list renamed the resource: the saved state follows, the edits stay.
    void renameTo(const QString &name);
    void revert();
    void setSaving(bool saving);
    // A problem outside any field (keychain, file); empty clears it.
    void setGeneralError(const QString &message);
    void setFolderChoices(const QList<daemon::FolderChoice> &folders);
    // The daemon paused resource until a new OAuth sign-in: once signed in, offer to resume it.
    void offerResume(const QString &resource);

    // Shows the page holding the field for a settings key and focuses it.
    void focusField(const QString &key);

signals:
    void dirtyChanged(bool dirty);
    void saveRequested();
    // An OAuth sign-in of the shown resource was stored in the keychain.
    void oauthSignedIn(const QString &resource);
    // The analyst accepted the offer to resume a resource paused for a new sign-in.
    void resumeRequested(const QString &resource);
    // Test connection on the Cloud SOAR page: current() and currentSecrets(), saved or not.
    void soarTestRequested();

private:
    void refresh();
    void readSecret(const QString &key, int generation, void (ResourceForm::*apply)(const QString &));
    void applyPassword(const QString &password);
    void applySoarSecret(const QString &secret);
    void applyOAuthClientSecret(const QString &secret);
    void applyOAuthGrant(const QString &grant);

    settings::SecretStore *m_secrets;
    InlineErrors m_errors;
    QTabWidget *m_tabs = nullptr;
    ConnectionPage *m_connection = nullptr;
    SoarPage *m_soar = nullptr;
    FetchingPage *m_fetching = nullptr;
    FilterPage *m_filters = nullptr;
    QLabel *m_unsaved = nullptr;
    QLabel *m_general = nullptr;
    QLabel *m_problem = nullptr; // keychain or file trouble, set by setGeneralError()
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;

    settings::ResourceSettings m_saved;
    ResourceSecrets m_savedSecrets;
    bool m_draft = false;
    bool m_saving = false;
    bool m_loading = false;
    bool m_lastDirty = false;
    int m_generation = 0; // drops keychain answers that arrive after another load()
};

} // namespace soar::ui
