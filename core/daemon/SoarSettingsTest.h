#pragma once

#include "daemon/SettingsTestStep.h"
#include "settings/ResourceSettings.h"

#include <QList>
#include <QObject>

#include <optional>

namespace soar::settings {
class SecretResolver;
}

namespace soar::daemon {

// The Cloud SOAR half of Test Saved Settings (and the SOAR page's Test connection): the URL
// used, reachable over verified TLS, credentials accepted, then which incident rule the daemon
// will use. Never creates an incident. The secret is the saved one, or one typed into the form
// and used for this test only.
class SoarSettingsTest : public QObject {
    Q_OBJECT
public:
    SoarSettingsTest(settings::ResourceSettings resource, settings::SecretResolver *secrets, QObject *parent = nullptr);
    ~SoarSettingsTest() override;

    // The form's unsaved token or access key instead of the saved one.
    void useSecret(const QString &secret) { m_typedSecret = secret; }
    void start();

    const QList<SettingsTestStep> &steps() const { return m_steps; }
    bool isDone() const { return m_done; }
    bool passed() const { return m_passed; }

signals:
    void stepFinished(const ::soar::daemon::SettingsTestStep &step);
    void finished(bool ok);

private:
    void run(const QString &secret, const QString &secretProblem);
    void describeIncidentRule();
    void add(const QString &id, const QString &title, bool ok, const QString &message);

    settings::ResourceSettings m_resource;
    settings::SecretResolver *m_secrets;
    std::optional<QString> m_typedSecret;
    QList<SettingsTestStep> m_steps;
    bool m_done = false;
    bool m_passed = false;
};

} // namespace soar::daemon
