#include "daemon/SoarSettingsTest.h"

#include "common/Redactor.h"
#include "settings/SecretResolver.h"
#include "soar/MailField.h"
#include "soar/SoarConnectionTest.h"

#include <QPointer>

#include "daemon/SoarSettingsMapping.h" // last: see its comment

namespace soar::daemon {

namespace {

// An analyst waits for this test: a SOAR that does not answer within 15 s fails it (delivery
// itself waits longer).
constexpr std::chrono::seconds kTestTimeout {15};

using ::soar::soar::ConnectionTestStep;

} // namespace

SoarSettingsTest::SoarSettingsTest(settings::ResourceSettings resource, settings::SecretResolver *secrets, QObject *parent)
    : QObject(parent), m_resource(std::move(resource)), m_secrets(secrets)
{ }

SoarSettingsTest::~SoarSettingsTest() = default;

void SoarSettingsTest::start()
{
    if (m_typedSecret) {
        common::Redactor::registerSecret(*m_typedSecret);
        QMetaObject::invokeMethod(
            this, [this] { run(*m_typedSecret, {}); }, Qt::QueuedConnection);
        return;
    }
    QPointer<SoarSettingsTest> self(this);
    m_secrets->resolve(m_resource, settings::SecretResolver::Secret::SoarSecret, [self](const common::Result<QString> &secret) {
        if (!self)
            return;
        if (secret.ok())
            self->run(secret.value(), {});
        else
            self->run({}, secret.error().message);
    });
}

void SoarSettingsTest::run(const QString &secret, const QString &secretProblem)
{
    ::soar::soar::SoarClientOptions options;
    options.timeout = kTestTimeout;
    auto *test = new ::soar::soar::SoarConnectionTest(
        nullptr, SoarSettingsMapping::connection(m_resource, secret), std::move(options), this);
    connect(test, &::soar::soar::SoarConnectionTest::stepFinished, this, [this, secretProblem](const ConnectionTestStep &step) {
        switch (step.kind) {
        case ConnectionTestStep::Kind::Url:
            add(QStringLiteral("soar-url"), tr("Cloud SOAR URL"), step.passed(), step.message);
            break;
        case ConnectionTestStep::Kind::Reachable:
            add(QStringLiteral("soar-reachable"), tr("Cloud SOAR reachable"), step.passed(), step.message);
            break;
        case ConnectionTestStep::Kind::Credentials: {
            const bool jwt = m_resource.soar.auth == settings::SoarAuth::Jwt;
            QString message = step.message;
            if (!secretProblem.isEmpty())
                message = (jwt ? tr("No Cloud SOAR token found (%1). Paste the user JWT token from your Cloud SOAR "
                                    "profile on the Cloud SOAR page and save.")
                               : tr("No Cloud SOAR access key found (%1). Enter the Access Key on the Cloud SOAR page "
                                    "and save."))
                              .arg(secretProblem);
            add(QStringLiteral("soar-credentials"), tr("Cloud SOAR credentials"), step.passed(), message);
            break;
        }
        }
    });
    connect(test, &::soar::soar::SoarConnectionTest::finished, this, [this](bool passed) {
        m_passed = passed;
        if (passed)
            describeIncidentRule();
        m_done = true;
        emit finished(m_passed);
    });
    test->start();
}

void SoarSettingsTest::describeIncidentRule()
{
    const QString title = tr("Cloud SOAR incidents");
    if (m_resource.soar.incidentTemplateId <= 0) {
        add(QStringLiteral("soar-incidents"), title, true,
            tr("No incident template ID is set: mail stays in the local store and nothing is sent to Cloud SOAR."));
        return;
    }
    const auto rule = SoarSettingsMapping::incidentRule(m_resource);
    if (!rule.ok() || !rule.value().validate().ok()) {
        add(QStringLiteral("soar-incidents"), title, false,
            rule.ok() ? rule.value().validate().error().message : rule.error().message);
        m_passed = false;
        return;
    }
    QStringList fields;
    for (const auto &row : rule.value().mapping.rows)
        fields << QStringLiteral("%1 ← %2").arg(row.incidentField, ::soar::soar::MailFields::name(row.source));
    add(QStringLiteral("soar-incidents"), title, true,
        tr("Each newly stored mail becomes an incident from template %1 with the fields %2. The test creates no incident.")
            .arg(m_resource.soar.incidentTemplateId)
            .arg(fields.join(QStringLiteral(", "))));
}

void SoarSettingsTest::add(const QString &id, const QString &title, bool ok, const QString &message)
{
    m_steps.append({id, title, ok, message});
    emit stepFinished(m_steps.last());
}

} // namespace soar::daemon
