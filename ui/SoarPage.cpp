#include "SoarPage.h"

#include "IncidentMappingEditor.h"
#include "InlineErrors.h"
#include "PasswordField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace soar::ui {

using settings::SoarAuth;

SoarPage::SoarPage(InlineErrors *errors, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("soarPage"));
    m_form = new QFormLayout(this);

    auto *intro = new QLabel(tr("Mail goes to Cloud SOAR only when an incident template ID is set: each newly stored "
                                "mail then becomes one incident. Without a template (or without a URL) fetched mail stays "
                                "in the local store only."),
        this);
    intro->setWordWrap(true);
    intro->setEnabled(false);
    m_form->addRow(intro);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("soarUrl"));
    m_url->setPlaceholderText(tr("e.g. https://tenant.soar.sumologic.com"));
    m_url->setToolTip(tr("The Cloud SOAR API address (https)"));
    m_url->setAccessibleName(tr("API URL"));
    errors->addRow(m_form, tr("API &URL:"), m_url, QStringLiteral("soar.url"));

    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("soarAuth"));
    m_auth->addItem(tr("User JWT token"), int(SoarAuth::Jwt));
    m_auth->addItem(tr("Access ID + Access Key"), int(SoarAuth::AccessKey));
    m_auth->setToolTip(tr("The JWT token is under your user Profile in Cloud SOAR"));
    m_auth->setAccessibleName(tr("Authentication mode"));
    errors->addRow(m_form, tr("Authentication &mode:"), m_auth, QStringLiteral("soar.auth"));

    auto *token = new PasswordField(QStringLiteral("soarToken"), tr("User JWT token"), this);
    m_token = token->lineEdit();
    m_token->setToolTip(tr("Stored in the system keychain, never in the settings file"));
    m_tokenRow = token;
    errors->addRow(m_form, tr("User &JWT token:"), token, QStringLiteral("soar.token"), m_token);

    m_accessId = new QLineEdit(this);
    m_accessId->setObjectName(QStringLiteral("soarAccessId"));
    m_accessId->setAccessibleName(tr("Access ID"));
    errors->addRow(m_form, tr("Access &ID:"), m_accessId, QStringLiteral("soar.accessId"));

    auto *accessKey = new PasswordField(QStringLiteral("soarAccessKey"), tr("Access Key"), this);
    m_accessKey = accessKey->lineEdit();
    m_accessKey->setToolTip(tr("Stored in the system keychain, never in the settings file"));
    m_accessKeyRow = accessKey;
    errors->addRow(m_form, tr("Access &Key:"), accessKey, QStringLiteral("soar.accessKey"), m_accessKey);

    m_secretCommand = new QLineEdit(this);
    m_secretCommand->setObjectName(QStringLiteral("soarSecretCommand"));
    m_secretCommand->setPlaceholderText(tr("optional"));
    m_secretCommand->setToolTip(tr("A command whose first output line is the token or Access Key; used instead of the keychain"));
    m_secretCommand->setAccessibleName(tr("Secret command"));
    errors->addRow(m_form, tr("Secret co&mmand:"), m_secretCommand, QStringLiteral("soar.secretCommand"));

    m_test = new QPushButton(tr("Test &connection"), this);
    m_test->setObjectName(QStringLiteral("soarTestConnection"));
    m_test->setToolTip(tr("Check the URL, TLS and the token or access key as typed here, saved or not; no incident is created"));
    m_form->addRow(QString(), m_test);
    connect(m_test, &QPushButton::clicked, this, &SoarPage::testConnectionRequested);

    m_templateId = new QSpinBox(this);
    m_templateId->setObjectName(QStringLiteral("soarIncidentTemplate"));
    m_templateId->setRange(0, 1000000000);
    m_templateId->setSpecialValueText(tr("none: no incidents, mail stays in the local store"));
    m_templateId->setToolTip(tr("The id of the Cloud SOAR incident template each newly stored mail becomes an incident of"));
    m_templateId->setAccessibleName(tr("Incident template ID"));
    errors->addRow(m_form, tr("Incident &template ID:"), m_templateId, QStringLiteral("soar.incidentTemplateId"));

    m_mapping = new IncidentMappingEditor(this);
    m_mapping->setToolTip(tr("Which incident field each value of the mail fills. Create custom fields such as the mail "
                             "id field in Cloud SOAR first."));
    errors->addRow(m_form, tr("Incident &fields:"), m_mapping, QStringLiteral("soar.incidentMapping"), m_mapping->table());

    connect(m_templateId, &QSpinBox::valueChanged, this, [this] {
        updateIncidentRows();
        emit changed();
    });
    connect(m_mapping, &IncidentMappingEditor::changed, this, &SoarPage::changed);
    for (QLineEdit *edit : {m_url, m_token, m_accessId, m_accessKey, m_secretCommand})
        connect(edit, &QLineEdit::textChanged, this, &SoarPage::changed);
    connect(m_url, &QLineEdit::textChanged, this, [this] { m_test->setEnabled(!m_url->text().trimmed().isEmpty()); });
    m_test->setEnabled(false);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthRows();
        emit changed();
    });
    updateAuthRows();
    updateIncidentRows();
}

void SoarPage::load(const settings::SoarSettings &soar)
{
    m_url->setText(soar.url);
    m_auth->setCurrentIndex(m_auth->findData(int(soar.auth)));
    m_accessId->setText(soar.accessId);
    m_secretCommand->setText(soar.secretCommand);
    m_templateId->setValue(soar.incidentTemplateId);
    m_mapping->load(soar.incidentMapping, soar.mailIdField);
    updateAuthRows();
    updateIncidentRows();
}

void SoarPage::apply(settings::SoarSettings &soar) const
{
    soar.url = m_url->text().trimmed();
    soar.auth = SoarAuth(m_auth->currentData().toInt());
    soar.accessId = soar.auth == SoarAuth::AccessKey ? m_accessId->text().trimmed() : QString();
    soar.secretCommand = m_secretCommand->text().trimmed();
    soar.incidentTemplateId = m_templateId->value();
    const QList<settings::IncidentFieldRow> rows = m_mapping->rows();
    // The mail id row also names the field "Add to incident" and the docs call mailIdField.
    const QString mailIdSource = QStringLiteral("cloud_soar_mail_id");
    for (const settings::IncidentFieldRow &row : rows) {
        if (row.source == mailIdSource && !row.field.isEmpty())
            soar.mailIdField = row.field;
    }
    // The default mapping is kept implicit, so the file stays short and follows future defaults.
    soar.incidentMapping
        = rows == IncidentMappingEditor::defaultRows(soar.mailIdField) ? QList<settings::IncidentFieldRow>() : rows;
}

void SoarPage::setSecret(const QString &secret)
{
    // One keychain entry holds the token or the key, whichever the mode uses.
    m_token->setText(secret);
    m_accessKey->setText(secret);
}

QString SoarPage::secret() const
{
    return SoarAuth(m_auth->currentData().toInt()) == SoarAuth::Jwt ? m_token->text() : m_accessKey->text();
}

void SoarPage::updateIncidentRows()
{
    m_mapping->setEnabled(m_templateId->value() > 0);
}

void SoarPage::updateAuthRows()
{
    const bool jwt = SoarAuth(m_auth->currentData().toInt()) == SoarAuth::Jwt;
    m_form->setRowVisible(m_tokenRow, jwt);
    m_form->setRowVisible(m_accessId, !jwt);
    m_form->setRowVisible(m_accessKeyRow, !jwt);
}

} // namespace soar::ui
