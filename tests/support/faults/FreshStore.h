#pragma once

#include "store/MailStore.h"

#include <QTemporaryDir>

#include <memory>

namespace soar::test {

// A new, empty mail store for every test function: renew() in init(), one temporary folder
// for the whole test case.
class FreshStore {
public:
    bool renew()
    {
        m_store = std::make_unique<store::MailStore>();
        return m_store->open(m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_number))).ok();
    }
    store::MailStore *get() const { return m_store.get(); }
    store::MailStore *operator->() const { return m_store.get(); }
    store::MailStore &operator*() const { return *m_store; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::MailStore> m_store;
    int m_number = 0;
};

} // namespace soar::test
