#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace soar::test {

// Fills a rig folder with generated mails over its own connection and says which Message-IDs it
// used, so a scenario knows exactly what must end up in the store.
class FolderSeeder {
public:
    FolderSeeder(QString user, QString password) : m_user(std::move(user)), m_password(std::move(password)) { }

    // Empties (or creates) the folder.
    bool reset(const QString &folder);
    // Appends `count` unseen mails of about `bytes` each; subjects "<prefix> <n>". Returns their ids,
    // or an empty list when the server refused one.
    QStringList append(const QString &folder, int count, int bytes, const QString &prefix = QStringLiteral("mail"));

private:
    QString m_user;
    QString m_password;
    int m_sequence = 0;
};

} // namespace soar::test
