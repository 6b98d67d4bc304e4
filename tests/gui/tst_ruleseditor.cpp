// The auto-reply rules editor, driven offscreen: rules shown in their command-line form,
// add/remove/up/down and the enable box give back the rule set, a bad rule keeps OK disabled
// and says why, and the hit counts of live rules follow as they are answered.

#include "gui/endpointtreemodel.h"
#include "gui/mainwindow.h"
#include "gui/newclientdialog.h"
#include "gui/newlistenerdialog.h"
#include "gui/replyrulesfield.h"
#include "gui/ruleseditor.h"

#include "net/server.h"
#include "net/socket.h"

#include "session/enginethread.h"
#include "session/replyrules.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using gui::RulesEditor;
using session::ReplyRule;
using session::ReplyRuleSet;

namespace {

ReplyRuleSet ruleSet(const QStringList &texts,
                     session::ReplyFraming::Kind framing = session::ReplyFraming::Kind::Line)
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

// Fills the rules field of a New Listener or New Client dialog through its editor.
void setRulesThroughField(QDialog *dialog, const QString &rule)
{
    auto *field = dialog->findChild<gui::ReplyRulesField *>(u"replyRulesField"_s);
    QVERIFY(field);
    QTest::mouseClick(field->findChild<QPushButton *>(u"rulesFieldButton"_s), Qt::LeftButton);
    RulesEditor *editor = field->editor();
    QVERIFY(editor);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addRuleButton"_s), Qt::LeftButton);
    editor->findChild<QTableWidget *>(u"rulesTable"_s)->item(0, 1)->setText(rule);
    auto *framing = editor->findChild<QComboBox *>(u"framingCombo"_s);
    framing->setCurrentIndex(framing->findData(int(session::ReplyFraming::Kind::Line)));
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(field->ruleSet().rules.size(), 1);
}

} // namespace

class TestRulesEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { delete m_editor; }
    void showsAndGivesBackTheRules();
    void addRemoveAndReorder();
    void enableBoxTurnsARuleOff();
    void badRuleKeepsOkDisabled();
    void keptWorkspaceRuleDoesNotRefuseOk();
    void delimiterFraming();
    void liveHitCountsFollow();
    void fromTheWindowToTheListener();
    void newListenerAndClientAskForRules();
    void acceptedSocketEditsItsListenersRules();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_editor->findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }
    QTableWidget *table() const { return child<QTableWidget>(u"rulesTable"_s); }
    QPushButton *ok() const
    {
        return child<QDialogButtonBox>(u"buttons"_s)->button(QDialogButtonBox::Ok);
    }
    void click(const QString &button) const
    {
        QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
    }

    RulesEditor *m_editor = nullptr;
    const ReplyRuleSet m_rules
            = ruleSet({u"contains:PING=PONG\\r\\n"_s, u"re,delay=200ms:^GET (\\S+)=$1"_s,
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
    QCOMPARE(child<QComboBox>(u"framingCombo"_s)->currentData().toInt(),
             int(session::ReplyFraming::Kind::Line));
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
    QVERIFY2(problem->text().startsWith(u"Rule 2: bad regular expression"_s),
             qPrintable(problem->text()));
    QVERIFY(!table()->item(1, 1)->toolTip().isEmpty());
    table()->item(1, 1)->setText(u"re:(closed)=x$1"_s);
    QVERIFY(ok()->isEnabled());
    QVERIFY(!problem->isVisible());
}

// A workspace rule that cannot answer is kept, off, with its reason: the editor opened on it
// says so and OK is not refused for it, since the user did not write it now; it comes back as
// it was. Typed over, it is the user's rule again and must be right.
void TestRulesEditor::keptWorkspaceRuleDoesNotRefuseOk()
{
    QStringList problems;
    const ReplyRuleSet kept = ReplyRuleSet::fromJsonKeepingProblems(
            QJsonObject {{u"framing"_s, u"line"_s},
                         {u"rules"_s,
                          QJsonArray {u"contains:PING=PONG"_s, u"regexp:^GET=no such kind"_s,
                                      QJsonObject {{u"match"_s, u"re"_s},
                                                   {u"pattern"_s, u"(unclosed"_s},
                                                   {u"reply"_s, u"x"_s}}}}},
            &problems);
    QCOMPARE(problems.size(), 2);
    delete m_editor;
    m_editor = new RulesEditor(kept);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    QVERIFY(ok()->isEnabled());
    QCOMPARE(table()->item(1, 1)->text(), u"regexp:^GET=no such kind"_s);
    QCOMPARE(table()->item(1, 0)->checkState(), Qt::Unchecked);
    QVERIFY(!(table()->item(1, 0)->flags() & Qt::ItemIsUserCheckable)); // it cannot be on
    QVERIFY(table()->item(1, 1)->toolTip().contains(u"unknown kind 'regexp'"_s));
    QLabel *problem = child<QLabel>(u"problemLabel"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"Rule 2"_s) && problem->text().contains(u"kept"_s),
             qPrintable(problem->text()));
    QCOMPARE(m_editor->ruleSet(), kept);

    // A rule typed wrong now is refused as before.
    click(u"addRuleButton"_s);
    table()->item(3, 1)->setText(u"re:(again=x"_s);
    QVERIFY(!ok()->isEnabled());
    QVERIFY2(problem->text().startsWith(u"Rule 4: bad regular expression"_s),
             qPrintable(problem->text()));
    table()->selectRow(3);
    click(u"removeRuleButton"_s);
    QVERIFY(ok()->isEnabled());
    // So is a kept rule the user edits and leaves wrong; put right, it can be turned on.
    table()->item(2, 1)->setText(u"re:(still unclosed=x"_s);
    QVERIFY(!ok()->isEnabled());
    table()->item(2, 1)->setText(u"re:(closed)=x"_s);
    QVERIFY(ok()->isEnabled());
    QVERIFY(table()->item(2, 0)->flags() & Qt::ItemIsUserCheckable);
    table()->item(2, 0)->setCheckState(Qt::Checked);
    const ReplyRuleSet edited = m_editor->ruleSet();
    QCOMPARE(edited.rules.size(), 3);
    QCOMPARE(edited.rules.at(1), kept.rules.at(1));
    QVERIFY(edited.rules.at(2).problem.isEmpty());
    QVERIFY(edited.rules.at(2).enabled);
    QCOMPARE(edited.rules.at(2).toText(), u"re:(closed)=x"_s);
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

// The endpoint's action (and the inspector's button) opens the editor; what it accepts answers the
// listener's next connections and goes into the workspace; opened again it shows the hits.
void TestRulesEditor::fromTheWindowToTheListener()
{
    QTemporaryDir dir;
    gui::MainWindow window;
    window.show();
    session::ListenerSpec listener;
    const QString path = dir.filePath(u"window.sock"_s);
    listener.listen = netcore::ListenOptions::unixPath(path);
    listener.server.allowHalfOpen = true;
    window.createListener(listener);
    QTRY_VERIFY(window.selectedEndpoint() != 0);
    QTRY_VERIFY(QFileInfo::exists(path));

    auto *action = window.findChild<QAction *>(u"actionReplyRules"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *editor = window.findChild<RulesEditor *>();
    QVERIFY2(editor, qPrintable(QString::number(window.selectedEndpoint())));
    QTRY_VERIFY(editor->isVisible());
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addRuleButton"_s), Qt::LeftButton);
    auto *rules = editor->findChild<QTableWidget *>(u"rulesTable"_s);
    rules->item(0, 1)->setText(u"contains:PING=PONG ${count}\\n"_s);
    auto *framing = editor->findChild<QComboBox *>(u"framingCombo"_s);
    framing->setCurrentIndex(framing->findData(int(session::ReplyFraming::Kind::Line)));
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(window.workspace().listeners.first().replyRules.rules.size(), 1);

    // setReplyRules() was posted to the engine thread before the client connects, so the
    // connection it accepts is answered by the rules.
    const auto ask = [&path] {
        netcore::Socket client {netcore::SocketOptions {.allowHalfOpen = true}};
        QByteArray received;
        QObject::connect(&client, &netcore::Socket::dataReceived, &client,
                         [&](const QByteArray &chunk) { received += chunk; });
        bool ended = false;
        QObject::connect(&client, &netcore::Socket::ended, &client, [&] { ended = true; });
        client.connectToPath(path);
        client.write("PING\n"_ba);
        client.end();
        return QTest::qWaitFor([&] { return ended; }, 5000) ? received : "<no end>"_ba;
    };
    QCOMPARE(ask(), "PONG 1\n"_ba);

    // The inspector's button opens it too.
    auto *inspectorButton = window.findChild<QPushButton *>(u"replyRulesButton"_s);
    QVERIFY(inspectorButton);
    QTRY_VERIFY(inspectorButton->isVisible());
    QTest::mouseClick(inspectorButton, Qt::LeftButton);
    QTRY_VERIFY(window.findChild<RulesEditor *>() != nullptr
                && window.findChild<RulesEditor *>()->isVisible());
    auto *again = window.findChild<RulesEditor *>();
    auto *table = again->findChild<QTableWidget *>(u"rulesTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QTRY_COMPARE(table->item(0, 2)->text(), u"1"_s);
    again->reject();
}

// New Listener and New Client set the rules at creation: the listener answers its first
// connection by them, the client answers its server, and the workspace keeps both.
void TestRulesEditor::newListenerAndClientAskForRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"made.sock"_s);
    netcore::Server server {netcore::ServerOptions {.allowHalfOpen = true}};
    const QString serverPath = dir.filePath(u"server.sock"_s);
    QByteArray serverReceived;
    connect(&server, &netcore::Server::newConnection, &server, [&](netcore::Socket *socket) {
        connect(socket, &netcore::Socket::dataReceived, socket,
                [&](const QByteArray &chunk) { serverReceived += chunk; });
        socket->write("HELLO\n"_ba);
    });
    QVERIFY(!server.listen(netcore::ListenOptions::unixPath(serverPath)));
    QTRY_VERIFY(server.isListening());

    gui::MainWindow window;
    gui::UserPrompts prompts = gui::UserPrompts::interactive();
    prompts.execDialog = [&](QDialog *dialog) {
        dialog->show();
        dialog->findChild<QRadioButton *>(u"ipcRadio"_s)->setChecked(true);
        if (qobject_cast<gui::NewListenerDialog *>(dialog)) {
            dialog->findChild<QLineEdit *>(u"pathEdit"_s)->setText(path);
            setRulesThroughField(dialog, u"exact:PING=PONG\\n"_s);
        } else {
            dialog->findChild<QLineEdit *>(u"pathEdit"_s)->setText(serverPath);
            setRulesThroughField(dialog, u"exact:HELLO=hi\\n"_s);
        }
        return !QTest::currentTestFailed();
    };
    window.setPrompts(prompts);
    window.show();
    window.findChild<QAction *>(u"actionNewListener"_s)->trigger();
    QTRY_VERIFY(QFileInfo::exists(path));
    QCOMPARE(window.workspace().listeners.size(), 1);
    QCOMPARE(window.workspace().listeners.first().replyRules.rules.size(), 1);

    netcore::Socket client {netcore::SocketOptions {.allowHalfOpen = true}};
    QByteArray received;
    connect(&client, &netcore::Socket::dataReceived, &client,
            [&](const QByteArray &chunk) { received += chunk; });
    client.connectToPath(path);
    client.write("PING\n"_ba);
    QTRY_COMPARE(received, "PONG\n"_ba);

    window.findChild<QAction *>(u"actionNewClient"_s)->trigger();
    QTRY_COMPARE(serverReceived, "hi\n"_ba);
    QCOMPARE(window.workspace().clients.size(), 1);
    QCOMPARE(window.workspace().clients.first().replyRules.rules.size(), 1);
}

// The rules editor of an accepted socket shows the rules of the listener it answers by, says
// what an edit affects, and an edit answers that open connection from its next message on.
void TestRulesEditor::acceptedSocketEditsItsListenersRules()
{
    QTemporaryDir dir;
    gui::MainWindow window;
    window.show();
    session::ListenerSpec listener;
    const QString path = dir.filePath(u"accepted.sock"_s);
    listener.listen = netcore::ListenOptions::unixPath(path);
    listener.server.allowHalfOpen = true;
    listener.replyRules = ruleSet({u"exact:PING=PONG\\n"_s});
    window.createListener(listener);
    QTRY_VERIFY(window.selectedEndpoint() != 0);
    const quint64 listenerId = window.selectedEndpoint();
    QTRY_VERIFY(QFileInfo::exists(path));

    netcore::Socket client {netcore::SocketOptions {.allowHalfOpen = true}};
    QByteArray received;
    connect(&client, &netcore::Socket::dataReceived, &client,
            [&](const QByteArray &chunk) { received += chunk; });
    client.connectToPath(path);
    client.write("PING\n"_ba);
    QTRY_COMPARE(received, "PONG\n"_ba);
    const QModelIndex listenerRow = window.endpointModel()->indexOf(listenerId);
    QTRY_COMPARE(window.endpointModel()->rowCount(listenerRow), 1);
    const quint64 acceptedId = window.endpointModel()
                                       ->index(0, 0, listenerRow)
                                       .data(gui::EndpointTreeModel::IdRole)
                                       .toULongLong();
    window.selectEndpoint(acceptedId);
    QTRY_COMPARE(window.selectedEndpoint(), acceptedId);

    window.findChild<QAction *>(u"actionReplyRules"_s)->trigger();
    auto *editor = window.findChild<RulesEditor *>();
    QVERIFY(editor);
    auto *table = editor->findChild<QTableWidget *>(u"rulesTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), u"exact:PING=PONG\\n"_s);
    QTRY_COMPARE(table->item(0, 2)->text(), u"1"_s); // the listener's live count
    auto *scope = editor->findChild<QLabel *>(u"scopeLabel"_s);
    QVERIFY(scope->isVisible());
    QVERIFY2(scope->text().contains(u"open ones from their next message on"_s),
             qPrintable(scope->text()));
    table->item(0, 1)->setText(u"exact:PING=pong\\n"_s);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(window.workspace().listeners.first().replyRules.rules.first().reply, u"pong\\n"_s);

    // Calls to the engine run in order: once this one ran, the edit has been applied.
    auto applied = std::make_shared<std::atomic<bool>>(false);
    window.engineThread()->post([applied](session::Engine &) { *applied = true; });
    QTRY_VERIFY(applied->load());
    client.write("PING\n"_ba);
    QTRY_COMPARE(received, "PONG\npong\n"_ba);
}

QTEST_MAIN(TestRulesEditor)
#include "tst_ruleseditor.moc"
