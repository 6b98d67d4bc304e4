// The auto-reply rules editor, driven offscreen: rules shown in their command-line form,
// add/remove/up/down and the enable box give back the rule set, a bad rule keeps OK disabled
// and says why, and the hit counts of live rules follow as they are answered.

#include "gui/ruleseditor.h"

#include "session/replyrules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using gui::RulesEditor;
using session::ReplyRule;
using session::ReplyRuleSet;

namespace {

ReplyRuleSet ruleSet(const QStringList &texts, session::ReplyFraming::Kind framing = session::ReplyFraming::Kind::Line)
{
    ReplyRuleSet set;
    set.framing.kind = framing;
    QString error;
    for (const QString &text : texts)
        set.rules.append(*ReplyRule::parse(text, &error));
    return set;
}

QStringList texts(const ReplyRuleSet &set)
{
    QStringList out;
    for (const ReplyRule &rule : set.rules)
        out << rule.toText();
    return out;
}

} // namespace

class TestRulesEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { delete m_editor; }
    void showsAndGivesBackTheRules();
    void addRemoveAndReorder();
    void enableBoxTurnsARuleOff();
    void badRuleKeepsOkDisabled();
    void delimiterFraming();
    void liveHitCountsFollow();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_editor->findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }
    QTableWidget *table() const { return child<QTableWidget>(u"rulesTable"_s); }
    QPushButton *ok() const { return child<QDialogButtonBox>(u"buttons"_s)->button(QDialogButtonBox::Ok); }
    void click(const QString &button) const { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }

    RulesEditor *m_editor = nullptr;
    const ReplyRuleSet m_rules = ruleSet({u"contains:PING=PONG\\r\\n"_s, u"re,delay=200ms:^GET (\\S+)=$1"_s,
                                          u"hex,end,off:ff=hex:00"_s});
};

void TestRulesEditor::init()
{
    m_editor = new RulesEditor(m_rules);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestRulesEditor::showsAndGivesBackTheRules()
{
    QCOMPARE(table()->rowCount(), 3);
    QCOMPARE(table()->item(0, 1)->text(), u"contains:PING=PONG\\r\\n"_s);
    QCOMPARE(table()->item(2, 1)->text(), u"hex,end:ff=hex:00"_s);
    QCOMPARE(table()->item(2, 0)->checkState(), Qt::Unchecked);
    QCOMPARE(child<QComboBox>(u"framingCombo"_s)->currentData().toInt(), int(session::ReplyFraming::Kind::Line));
    QVERIFY(ok()->isEnabled());
    QCOMPARE(m_editor->ruleSet(), m_rules);
}

void TestRulesEditor::addRemoveAndReorder()
{
    table()->selectRow(1);
    QVERIFY(child<QPushButton>(u"moveRuleUpButton"_s)->isEnabled());
    click(u"moveRuleUpButton"_s);
    QCOMPARE(table()->currentRow(), 0);
    QCOMPARE(texts(m_editor->ruleSet()).first(), u"re,delay=200ms:^GET (\\S+)=$1"_s);
    click(u"moveRuleDownButton"_s);
    click(u"moveRuleDownButton"_s);
    QCOMPARE(texts(m_editor->ruleSet()).last(), u"re,delay=200ms:^GET (\\S+)=$1"_s);
    QVERIFY(!child<QPushButton>(u"moveRuleDownButton"_s)->isEnabled());

    click(u"addRuleButton"_s);
    QCOMPARE(table()->rowCount(), 4);
    // The new rule is open for editing: type over it.
    QTableWidgetItem *added = table()->item(3, 1);
    added->setText(u"exact:QUIT=bye"_s);
    QCOMPARE(texts(m_editor->ruleSet()).last(), u"exact:QUIT=bye"_s);

    table()->selectRow(0);
    click(u"removeRuleButton"_s);
    QCOMPARE(table()->rowCount(), 3);
    QCOMPARE(texts(m_editor->ruleSet()).first(), u"hex,end,off:ff=hex:00"_s);
}

void TestRulesEditor::enableBoxTurnsARuleOff()
{
    table()->item(0, 0)->setCheckState(Qt::Unchecked);
    table()->item(2, 0)->setCheckState(Qt::Checked);
    const ReplyRuleSet edited = m_editor->ruleSet();
    QVERIFY(!edited.rules[0].enabled);
    QVERIFY(edited.rules[2].enabled);
}

void TestRulesEditor::badRuleKeepsOkDisabled()
{
    table()->item(1, 1)->setText(u"re:(unclosed=x"_s);
    QVERIFY(!ok()->isEnabled());
    QLabel *problem = child<QLabel>(u"problemLabel"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(u"Rule 2: bad regular expression"_s), qPrintable(problem->text()));
    QVERIFY(!table()->item(1, 1)->toolTip().isEmpty());
    table()->item(1, 1)->setText(u"re:(closed)=x$1"_s);
    QVERIFY(ok()->isEnabled());
    QVERIFY(!problem->isVisible());
}

void TestRulesEditor::delimiterFraming()
{
    auto *framing = child<QComboBox>(u"framingCombo"_s);
    auto *delimiter = child<QLineEdit>(u"delimiterEdit"_s);
    QVERIFY(!delimiter->isEnabled());
    framing->setCurrentIndex(framing->findData(int(session::ReplyFraming::Kind::Delimiter)));
    QVERIFY(delimiter->isEnabled());
    QVERIFY(!ok()->isEnabled()); // an empty delimiter
    QTest::keyClicks(delimiter, u"\\0|"_s);
    QVERIFY(ok()->isEnabled());
    QCOMPARE(m_editor->ruleSet().framing.delimiter, "\0|"_ba);
}

void TestRulesEditor::liveHitCountsFollow()
{
    QString error;
    const std::shared_ptr<session::ReplyRules> live = session::ReplyRules::compile(m_rules, &error);
    QVERIFY(live);
    // Reordered before the counts come: each row keeps the count of its own rule.
    table()->selectRow(1);
    click(u"moveRuleUpButton"_s);
    m_editor->setLiveRules(live);
    QCOMPARE(table()->item(0, 2)->text(), u"0"_s);
    live->answer("GET /a");
    live->answer("GET /b");
    live->answer("PING");
    QTRY_COMPARE(table()->item(0, 2)->text(), u"2"_s);
    QCOMPARE(table()->item(1, 2)->text(), u"1"_s);
    QCOMPARE(table()->item(2, 2)->text(), u"0"_s);
    click(u"addRuleButton"_s);
    QCOMPARE(table()->item(3, 2)->text(), QString()); // a new rule has no count yet
}

QTEST_MAIN(TestRulesEditor)
#include "tst_ruleseditor.moc"
