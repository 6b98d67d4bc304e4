// The Saved Messages dock, offscreen: adding from the composer, sending by button, double-click
// and quick-send, editing, deleting, the global library's file, import and export.

#include "gui/composerwidget.h"
#include "gui/endpointtreemodel.h"
#include "gui/mainwindow.h"
#include "gui/savedmessageswidget.h"

#include "net/server.h"
#include "net/socket.h"
#include "session/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using gui::SavedMessagesWidget;
using session::MessageLibrary;
using session::SavedMessage;
using Scope = gui::SavedMessagesWidget::Scope;

class tst_SavedMessages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void addFromComposerTakesItsContent();
    void sendGoesToTheTarget();
    void nothingIsSentWithoutAWritableTarget();
    void invalidMessageWarnsAndSendsNothing();
    void fileMessageAsksForAFileSend();
    void editAndDelete();
    void globalLibraryIsKeptInItsFile();
    void exportThenImport();
    void unreadableEntriesAreToldAndKept();
    void windowSendsToTheSelectedSocketAndSavesThemInTheWorkspace();

private:
    // The edit dialog's fields, as a user would fill them; empty name: cancel.
    void answerDialogWith(const QString &name, const QString &content = {});

    QTemporaryDir *m_dir = nullptr;
    gui::ComposerWidget *m_composer = nullptr;
    SavedMessagesWidget *m_widget = nullptr;
    gui::UserPrompts m_prompts;
    QStringList m_warnings;
    QString m_openPath;
    QString m_savePath;
};

void tst_SavedMessages::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_warnings.clear();
    m_prompts = {};
    m_prompts.warn
            = [this](QWidget *, const QString &, const QString &text) { m_warnings << text; };
    m_prompts.openFileName
            = [this](QWidget *, const QString &, const QString &) { return m_openPath; };
    m_prompts.saveFileName = [this](QWidget *, const QString &, const QString &, const QString &) {
        return m_savePath;
    };
    answerDialogWith(u"unnamed"_s);
    m_composer = new gui::ComposerWidget;
    m_widget = new SavedMessagesWidget;
    m_widget->setPrompts(m_prompts);
    m_widget->setComposer(m_composer);
    m_widget->show();
}

void tst_SavedMessages::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
    delete m_composer;
    delete m_dir;
}

void tst_SavedMessages::answerDialogWith(const QString &name, const QString &content)
{
    m_prompts.execDialog = [name, content](QDialog *dialog) {
        if (name.isEmpty())
            return false;
        dialog->findChild<QLineEdit *>(u"messageName"_s)->setText(name);
        if (!content.isEmpty())
            dialog->findChild<QPlainTextEdit *>(u"messageContent"_s)->setPlainText(content);
        return true;
    };
    if (m_widget)
        m_widget->setPrompts(m_prompts);
}

void tst_SavedMessages::addFromComposerTakesItsContent()
{
    m_composer->setMode(gui::ComposerWidget::Mode::Text);
    m_composer->setPayloadText(u"PING\\r\\n"_s);
    m_composer->setLineEnding(session::LineEnding::Lf);
    QSignalSpy changed(m_widget, &SavedMessagesWidget::workspaceMessagesChanged);
    answerDialogWith(u"ping"_s);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"addSavedMessage"_s), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    const MessageLibrary &library = m_widget->library(Scope::Workspace);
    QCOMPARE(library.size(), 1);
    QCOMPARE(library.at(0),
             (SavedMessage {.name = u"ping"_s,
                            .kind = SavedMessage::Kind::Text,
                            .content = u"PING\\r\\n"_s,
                            .lineEnding = session::LineEnding::Lf}));
    // Cancelled: nothing added.
    answerDialogWith({});
    m_widget->addFromComposer(Scope::Workspace);
    QCOMPARE(m_widget->library(Scope::Workspace).size(), 1);
    QCOMPARE(changed.size(), 1);
}

void tst_SavedMessages::sendGoesToTheTarget()
{
    MessageLibrary library;
    library.add({.name = u"ping"_s, .kind = SavedMessage::Kind::Text, .content = u"PING\\r\\n"_s});
    library.add({.name = u"bytes"_s, .kind = SavedMessage::Kind::Hex, .content = u"00 ff"_s});
    m_widget->setWorkspaceMessages(library);
    m_widget->setTarget(7, true);
    QSignalSpy sent(m_widget, &SavedMessagesWidget::sendRequested);

    // The quick-send button of the second message.
    auto *quick = m_widget->findChild<QAction *>(u"quickSend_w_1"_s);
    QVERIFY(quick);
    QVERIFY(quick->isEnabled());
    quick->trigger();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).toULongLong(), 7u);
    QCOMPARE(sent.at(0).at(1).toByteArray(), QByteArray("\x00\xff", 2));

    // Double-click (activation) of the first.
    auto *tree = m_widget->findChild<QTreeWidget *>(u"savedMessageTree"_s);
    QTreeWidgetItem *first = tree->topLevelItem(0)->child(0);
    tree->setCurrentItem(first);
    Q_EMIT tree->itemActivated(first, 0);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).at(1).toByteArray(), QByteArray("PING\r\n"));

    // The Send button sends the selected one.
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"sendSavedMessage"_s), Qt::LeftButton);
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(2).at(1).toByteArray(), QByteArray("PING\r\n"));
}

void tst_SavedMessages::nothingIsSentWithoutAWritableTarget()
{
    MessageLibrary library;
    library.add({.name = u"ping"_s, .content = u"x"_s});
    m_widget->setWorkspaceMessages(library);
    QSignalSpy sent(m_widget, &SavedMessagesWidget::sendRequested);
    auto *tree = m_widget->findChild<QTreeWidget *>(u"savedMessageTree"_s);
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    for (const bool writable : {false, true}) {
        m_widget->setTarget(writable ? 3 : 0, false);
        QVERIFY(!m_widget->findChild<QPushButton *>(u"sendSavedMessage"_s)->isEnabled());
        QVERIFY(!m_widget->findChild<QAction *>(u"quickSend_w_0"_s)->isEnabled());
        QVERIFY(!m_widget->sendMessage(Scope::Workspace, 0));
    }
    QCOMPARE(sent.size(), 0);
    m_widget->setTarget(3, true);
    QVERIFY(m_widget->findChild<QPushButton *>(u"sendSavedMessage"_s)->isEnabled());
}

void tst_SavedMessages::invalidMessageWarnsAndSendsNothing()
{
    MessageLibrary library;
    library.add({.name = u"bad"_s, .kind = SavedMessage::Kind::Hex, .content = u"0g"_s});
    m_widget->setWorkspaceMessages(library);
    m_widget->setTarget(3, true);
    QSignalSpy sent(m_widget, &SavedMessagesWidget::sendRequested);
    QVERIFY(!m_widget->sendMessage(Scope::Workspace, 0));
    QCOMPARE(sent.size(), 0);
    QCOMPARE(m_warnings.size(), 1);
    QVERIFY2(m_warnings.first().contains(u"\"bad\" cannot be sent"_s),
             qPrintable(m_warnings.first()));
}

void tst_SavedMessages::fileMessageAsksForAFileSend()
{
    MessageLibrary library;
    library.add({.name = u"req"_s, .kind = SavedMessage::Kind::File, .content = u"/tmp/req.bin"_s});
    m_widget->setWorkspaceMessages(library);
    m_widget->setTarget(9, true);
    QSignalSpy files(m_widget, &SavedMessagesWidget::fileSendRequested);
    QVERIFY(m_widget->sendMessage(Scope::Workspace, 0));
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0).at(0).toULongLong(), 9u);
    QCOMPARE(files.at(0).at(1).toString(), u"/tmp/req.bin"_s);
}

void tst_SavedMessages::editAndDelete()
{
    MessageLibrary library;
    library.add({.name = u"a"_s, .content = u"1"_s});
    library.add({.name = u"b"_s, .content = u"2"_s});
    m_widget->setWorkspaceMessages(library);
    auto *tree = m_widget->findChild<QTreeWidget *>(u"savedMessageTree"_s);
    tree->setCurrentItem(tree->topLevelItem(0)->child(1));
    answerDialogWith(u"renamed"_s, u"two"_s);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"editSavedMessage"_s), Qt::LeftButton);
    QCOMPARE(m_widget->library(Scope::Workspace).at(1).name, u"renamed"_s);
    QCOMPARE(m_widget->library(Scope::Workspace).at(1).content, u"two"_s);
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(0), u"renamed"_s);
    QCOMPARE(tree->currentItem(), tree->topLevelItem(0)->child(1)); // the selection stays
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"deleteSavedMessage"_s), Qt::LeftButton);
    QCOMPARE(m_widget->library(Scope::Workspace).size(), 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    QVERIFY(!m_widget->findChild<QAction *>(u"quickSend_w_1"_s));
}

void tst_SavedMessages::globalLibraryIsKeptInItsFile()
{
    const QString path = m_dir->filePath(u"data/netbench/messages.json"_s); // folders made
    m_widget->setGlobalPath(path);
    QVERIFY(m_widget->library(Scope::Global).isEmpty());
    m_composer->setMode(gui::ComposerWidget::Mode::Hex);
    m_composer->setPayloadText(u"de ad"_s);
    QSignalSpy workspaceChanged(m_widget, &SavedMessagesWidget::workspaceMessagesChanged);
    answerDialogWith(u"dead"_s);
    m_widget->addFromComposer(Scope::Global);
    QCOMPARE(workspaceChanged.size(), 0);
    QVERIFY(QFile::exists(path));
    MessageLibrary onDisk;
    QString error;
    QVERIFY2(MessageLibrary::load(path, &onDisk, &error), qPrintable(error));
    QCOMPARE(onDisk, m_widget->library(Scope::Global));
    QCOMPARE(onDisk.at(0).kind, SavedMessage::Kind::Hex);

    SavedMessagesWidget another;
    another.setPrompts(m_prompts);
    another.setGlobalPath(path);
    QCOMPARE(another.library(Scope::Global), onDisk);
    QVERIFY(another.library(Scope::Workspace).isEmpty());
}

void tst_SavedMessages::exportThenImport()
{
    MessageLibrary library;
    library.add({.name = u"a"_s, .content = u"1"_s});
    library.add({.name = u"b"_s, .kind = SavedMessage::Kind::Base64, .content = u"aGk="_s});
    m_widget->setWorkspaceMessages(library);
    m_savePath = m_dir->filePath(u"export.json"_s);
    m_widget->exportFrom(Scope::Workspace);
    QVERIFY(QFile::exists(m_savePath));

    m_widget->setGlobalPath(m_dir->filePath(u"global.json"_s));
    m_openPath = m_savePath;
    auto *tree = m_widget->findChild<QTreeWidget *>(u"savedMessageTree"_s);
    tree->setCurrentItem(tree->topLevelItem(1)); // the Global heading: import goes there
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"importSavedMessages"_s), Qt::LeftButton);
    QCOMPARE(m_widget->library(Scope::Global), library);
    QVERIFY(m_warnings.isEmpty());

    m_openPath = m_dir->filePath(u"missing.json"_s);
    m_widget->importInto(Scope::Global);
    QCOMPARE(m_warnings.size(), 1);
    QCOMPARE(m_widget->library(Scope::Global), library);
}

// A file with entries that are not messages: importing it says how many were left out, and
// the global library keeps them in its file rather than dropping them on its next save.
void tst_SavedMessages::unreadableEntriesAreToldAndKept()
{
    const QByteArray withOddEntries = R"({"format": "netbench-messages", "version": 1, "messages": [
        {"name": "ok", "kind": "text", "content": "hi"},
        {"name": "odd", "kind": "morse", "content": "..."}
    ]})";
    const QString oddPath = m_dir->filePath(u"odd.json"_s);
    {
        QFile file(oddPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withOddEntries);
    }
    MessageLibrary probe;
    QString error;
    QVERIFY2(MessageLibrary::load(oddPath, &probe, &error), qPrintable(error));
    QCOMPARE(probe.size(), 1); // the file is what the library reads

    m_widget->setGlobalPath(m_dir->filePath(u"global.json"_s));
    m_openPath = oddPath;
    m_widget->importInto(Scope::Global);
    QCOMPARE(m_widget->library(Scope::Global).size(), 1);
    QCOMPARE(m_warnings.size(), 1);
    QVERIFY2(m_warnings.first().contains(u"odd.json"_s), qPrintable(m_warnings.first()));

    m_warnings.clear();
    m_widget->setGlobalPath(oddPath);
    QCOMPARE(m_warnings.size(), 1);
    QVERIFY2(m_warnings.first().contains(u"odd.json"_s), qPrintable(m_warnings.first()));
    m_composer->setPayloadText(u"more"_s);
    answerDialogWith(u"more"_s);
    m_widget->addFromComposer(Scope::Global); // saves the global file
    MessageLibrary onDisk;
    QVERIFY2(MessageLibrary::load(oddPath, &onDisk, &error), qPrintable(error));
    QCOMPARE(onDisk.size(), 2);
    QCOMPARE(onDisk.unreadableCount(), 1);
}

// In the window: the dock sends through the engine to the selected client, and the
// workspace's messages are saved with the workspace.
void tst_SavedMessages::windowSendsToTheSelectedSocketAndSavesThemInTheWorkspace()
{
    netcore::Server server;
    QByteArray received;
    connect(&server, &netcore::Server::newConnection, this, [&received](netcore::Socket *socket) {
        connect(socket, &netcore::Socket::dataReceived, socket,
                [&received](const QByteArray &chunk) { received += chunk; });
    });
    QSignalSpy listening(&server, &netcore::Server::listening);
    QVERIFY(!server.listen(0, u"127.0.0.1"_s));
    QVERIFY(listening.wait(5000));

    gui::MainWindow window;
    window.setPrompts(m_prompts);
    window.show();
    session::ClientSpec spec;
    spec.connect = netcore::ConnectOptions::tcp(server.address().port(), u"127.0.0.1"_s);
    window.createClient(spec);
    const gui::EndpointTreeModel *model = window.endpointModel();
    quint64 clientId = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < model->rowCount(); ++row) {
                    const QModelIndex index = model->index(row, 0);
                    if (index.data(gui::EndpointTreeModel::StateRole).toInt()
                        == int(gui::EndpointTreeModel::State::Open))
                        clientId = index.data(gui::EndpointTreeModel::IdRole).toULongLong();
                }
                return clientId != 0;
            }(),
            10000);
    window.selectEndpoint(clientId);

    MessageLibrary library;
    library.add(
            {.name = u"hello"_s, .kind = SavedMessage::Kind::Text, .content = u"hello\\r\\n"_s});
    gui::SavedMessagesWidget *dock = window.savedMessages();
    dock->setWorkspaceMessages(library);
    auto *quick = dock->findChild<QAction *>(u"quickSend_w_0"_s);
    QVERIFY(quick);
    QTRY_VERIFY_WITH_TIMEOUT(quick->isEnabled(), 10000);
    quick->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("hello\r\n"), 10000);

    // Added in the dock, saved with the workspace.
    answerDialogWith(u"again"_s, u"again"_s);
    window.setPrompts(m_prompts);
    dock->addFromComposer(Scope::Workspace);
    const QString path = m_dir->filePath(u"workspace.json"_s);
    QVERIFY(window.saveWorkspace(path));
    session::Workspace saved;
    QString error;
    QVERIFY2(session::Workspace::load(path, &saved, &error), qPrintable(error));
    QCOMPARE(saved.messages.size(), 2);
    QCOMPARE(saved.messages.at(1).name, u"again"_s);
}

QTEST_MAIN(tst_SavedMessages)
#include "tst_savedmessages.moc"
