#pragma once

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QWidget>

// Finding and filling form widgets by objectName, the way an analyst would: typed text, chosen
// items. Each helper fails the test (via QVERIFY in the caller) by returning false.
namespace soar::test::gui {

template<typename W>
W *find(QWidget *root, const QString &name)
{
    return root->findChild<W *>(name);
}

inline bool type(QWidget *root, const QString &name, const QString &text)
{
    if (auto *edit = find<QLineEdit>(root, name)) {
        edit->selectAll();
        edit->del();
        QTest::keyClicks(edit, text);
        return edit->text() == text;
    }
    if (auto *combo = find<QComboBox>(root, name); combo && combo->isEditable()) {
        combo->setEditText(text);
        return combo->currentText() == text;
    }
    return false;
}

inline bool choose(QWidget *root, const QString &name, int index)
{
    auto *combo = find<QComboBox>(root, name);
    if (!combo || index >= combo->count())
        return false;
    combo->setCurrentIndex(index);
    return true;
}

inline bool setNumber(QWidget *root, const QString &name, int value)
{
    auto *spin = find<QSpinBox>(root, name);
    if (!spin)
        return false;
    spin->setValue(value);
    return spin->value() == value;
}

inline bool check(QWidget *root, const QString &name, bool on)
{
    auto *box = find<QCheckBox>(root, name);
    if (!box)
        return false;
    box->setChecked(on);
    return true;
}

inline QString text(QWidget *root, const QString &name)
{
    if (auto *edit = find<QLineEdit>(root, name))
        return edit->text();
    if (auto *combo = find<QComboBox>(root, name))
        return combo->currentText();
    if (auto *spin = find<QSpinBox>(root, name))
        return QString::number(spin->value());
    return QStringLiteral("<no widget %1>").arg(name);
}

} // namespace soar::test::gui
