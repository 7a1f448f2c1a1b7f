#include "FolderSeeder.h"

#include "ImapTestClient.h"
#include "TestMail.h"

namespace soar::test {

bool FolderSeeder::reset(const QString &folder)
{
    ImapTestClient client(m_user, m_password);
    return client.isLoggedIn() && client.resetFolder(folder);
}

QStringList FolderSeeder::append(const QString &folder, int count, int bytes, const QString &prefix)
{
    ImapTestClient client(m_user, m_password);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        TestMail mail = TestMail().subject(QStringLiteral("%1 %2").arg(prefix).arg(++m_sequence)).padTo(bytes);
        if (!client.append(folder, mail.raw()))
            return {};
        ids << mail.id();
    }
    return ids;
}

} // namespace soar::test
