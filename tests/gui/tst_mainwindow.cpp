// The whole window, offscreen, driven as a user drives it: a listener made through its dialog,
// a client through its dialog, text sent from the composer, the rows in the event stream and
// the values in the inspector, noDelay toggled and seen in the kernel, a paused peer filled
// until bufferSize grows, a trace exported and opened again, a script run and stopped, a
// workspace saved and opened, and the question asked before closing live connections.
// Modal questions are answered through MainWindow::setPrompts().

#include "gui/composerwidget.h"
#include "gui/conversationwidget.h"
#include "gui/endpointtreemodel.h"
#include "gui/eventstreamwidget.h"
#include "gui/eventtablemodel.h"
#include "gui/inspectorwidget.h"
#include "gui/mainwindow.h"
#include "gui/newclientdialog.h"
#include "gui/newlistenerdialog.h"
#include "gui/scriptconsolewidget.h"
#include "gui/tracereviewwindow.h"
#include "session/enginethread.h"

#include "filesizelimit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QWheelEvent>

#include <QStatusBar>

#include <optional>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Qt::StringLiterals;
using gui::EndpointTreeModel;
using gui::MainWindow;
using State = gui::EndpointTreeModel::State;

namespace {

constexpr int Timeout = 15000;

// Digits of "1,234 bytes (1.2 KiB)" before " bytes".
qint64 bytesOf(const QString &label)
{
    QString digits;
    for (QChar c : label.left(label.indexOf(u" bytes"_s)))
        if (c.isDigit())
            digits += c;
    return digits.isEmpty() ? -1 : digits.toLongLong();
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void workbench();
    void scriptConsoleRunsAndStops();
    void scriptConsoleDecodesOutputAsNode();
    void workspaceRoundTrip();
    void closingWithLiveConnectionsAsks();
    // A trace under review is apart from the live session.
    void clearingAfterAReviewKeepsTheLiveFeed();
    void clearEventsDuringAReviewKeepsTheLiveTree();
    void aReviewedEndpointCannotBeSentTo();
    void quittingAfterAReviewCountsLiveEndpoints();
    // A send stays with the endpoint it started on.
    void aFileSendFinishesWhileAnotherEndpointIsSelected();
    void aRepeatStaysOnItsEndpoint();
    void aRepeatWaitsForDrain();
    void theWheelLeavesUnfocusedControlsAlone();
    void devicesAndFifosAreRefused();
    void failedSavesAreReported_data();
    void failedSavesAreReported();
    void sendingAndReviewingSideBySide();
    // What each way of closing shows the peer.
    void resetActionSendsRstToThePeer();
    void closingActionsSayWhatThePeerSees();

private:
    struct Session
    {
        quint64 serverId = 0, clientId = 0, acceptedId = 0;
        int port = 0;
    };
    // A listener on 127.0.0.1 and a client connected to it, all open in the tree.
    Session connectPair(MainWindow &window);
    // Exports the live stream as JSON Lines and opens it for review; the path.
    QString exportAndReview(MainWindow &window, const QString &name);
    qsizetype writesOn(MainWindow &window, quint64 id);
    void answerPrompts(MainWindow &window);
    quint64 waitForRoot(MainWindow &window, netcore::EndpointKind kind, State state);
    template<typename T> T *find(QWidget *parent, const QString &name)
    {
        T *child = parent->findChild<T *>(name);
        if (!child)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return child;
    }
    QAction *action(MainWindow &window, const char *name)
    {
        return find<QAction>(&window, QString::fromLatin1(name));
    }
    QString inspectorValue(MainWindow &window, const char *name)
    {
        QLabel *label = find<QLabel>(window.inspector(), QString::fromLatin1(name));
        return label ? label->text() : QString();
    }

    QTemporaryDir m_dir;
    session::ListenerSpec m_nextListener;
    session::ClientSpec m_nextClient;
    QString m_nextOpenFile;
    QString m_nextSaveFile;
    int m_confirmations = 0;
    QString m_lastConfirmText;
    bool m_confirmAnswer = true;
    QStringList m_warnings;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_confirmations = 0;
    m_confirmAnswer = true;
    m_warnings.clear();
}

void tst_MainWindow::answerPrompts(MainWindow &window)
{
    gui::UserPrompts prompts;
    prompts.confirm = [this](QWidget *, const QString &, const QString &text) {
        ++m_confirmations;
        m_lastConfirmText = text;
        return m_confirmAnswer;
    };
    prompts.warn = [this](QWidget *, const QString &, const QString &text) { m_warnings << text; };
    prompts.openFileName
            = [this](QWidget *, const QString &, const QString &) { return m_nextOpenFile; };
    prompts.saveFileName = [this](QWidget *, const QString &, const QString &, const QString &) {
        return m_nextSaveFile;
    };
    // The dialogs are filled through their own setSpec() (which sets their widgets) and
    // accepted; the window then reads them back with spec(), as after a real OK.
    prompts.execDialog = [this](QDialog *dialog) {
        if (auto *listener = qobject_cast<gui::NewListenerDialog *>(dialog)) {
            listener->setSpec(m_nextListener);
            return listener->problem().isEmpty();
        }
        if (auto *client = qobject_cast<gui::NewClientDialog *>(dialog)) {
            client->setSpec(m_nextClient);
            return client->problem().isEmpty();
        }
        return false;
    };
    window.setPrompts(prompts);
}

quint64 tst_MainWindow::waitForRoot(MainWindow &window, netcore::EndpointKind kind, State state)
{
    const EndpointTreeModel *model = window.endpointModel();
    quint64 found = 0;
    const auto look = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(EndpointTreeModel::KindRole).toInt() == int(kind)
                && index.data(EndpointTreeModel::StateRole).toInt() == int(state))
                found = index.data(EndpointTreeModel::IdRole).toULongLong();
        }
        return found != 0;
    };
    // QTRY_* returns from a void function only: poll by hand here, the caller checks the id.
    QElapsedTimer clock;
    clock.start();
    while (!look() && clock.elapsed() < Timeout)
        QTest::qWait(20);
    return found;
}

void tst_MainWindow::workbench()
{
    MainWindow window;
    answerPrompts(window);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // A listener through its dialog.
    m_nextListener = {};
    m_nextListener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    action(window, "actionNewListener")->trigger();
    const quint64 serverId = waitForRoot(window, netcore::EndpointKind::Server, State::Listening);
    QVERIFY(serverId);
    window.selectEndpoint(serverId);
    QTRY_VERIFY_WITH_TIMEOUT(inspectorValue(window, "serverAddressValue").contains(u"127.0.0.1"_s),
                             Timeout);
    const QString address = inspectorValue(window, "serverAddressValue");
    const int port = address.section(u':', 1).section(u' ', 0, 0).toInt();
    QVERIFY2(port > 0, qPrintable(address));

    // A client through its dialog.
    m_nextClient = {};
    m_nextClient.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    action(window, "actionNewClient")->trigger();
    const quint64 clientId = waitForRoot(window, netcore::EndpointKind::Socket, State::Open);
    const QModelIndex serverIndex = window.endpointModel()->indexOf(serverId);
    QTRY_COMPARE_WITH_TIMEOUT(window.endpointModel()->rowCount(serverIndex), 1, Timeout);
    const quint64 acceptedId = window.endpointModel()
                                       ->index(0, 0, serverIndex)
                                       .data(EndpointTreeModel::IdRole)
                                       .toULongLong();
    window.selectEndpoint(clientId);
    QCOMPARE(window.selectedEndpoint(), clientId);

    // Send from the composer; the peer's 'data' row appears in the event stream.
    auto *payload = find<QPlainTextEdit>(window.composer(), u"payloadEdit"_s);
    auto *send = find<QPushButton>(window.composer(), u"sendButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
    payload->setPlainText(u"hello\\n"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    const QAbstractItemModel *events = window.eventStream()->model();
    const auto hasDataRow = [&] {
        for (int row = 0; row < events->rowCount(); ++row) {
            QString line;
            for (int column = 0; column < events->columnCount(); ++column)
                line += events->index(row, column).data().toString() + u'|';
            if (line.contains(u"#%1 "_s.arg(acceptedId)) && line.contains(u"|data|"_s)
                && line.contains(u"hello"_s))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasDataRow(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(bytesOf(inspectorValue(window, "bytesWrittenValue")), qint64(6),
                              Timeout);
    QCOMPARE(inspectorValue(window, "readyStateValue"), u"open"_s);

    // noDelay through the inspector, as the kernel reports it.
    auto *noDelay = find<QCheckBox>(window.inspector(), u"noDelayCheck"_s);
    QTRY_VERIFY_WITH_TIMEOUT(noDelay->isEnabled(), Timeout);
    QCOMPARE(inspectorValue(window, "kernelNoDelayValue"), u"no"_s);
    noDelay->click();
    QTRY_COMPARE_WITH_TIMEOUT(inspectorValue(window, "kernelNoDelayValue"), u"yes"_s, Timeout);

    // Pause the accepted peer from its inspector, then fill it from the client's composer:
    // once the kernel buffers are full, write() returns false and bufferSize grows.
    window.selectEndpoint(acceptedId);
    auto *pause = find<QPushButton>(window.inspector(), u"pauseButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), Timeout);
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(inspectorValue(window, "pausedValue"), u"yes"_s, Timeout);
    window.selectEndpoint(clientId);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
    payload->setPlainText(QString(64 * 1024, u'x'));
    find<QSpinBox>(window.composer(), u"repeatSpin"_s)->setValue(200); // 12.5 MiB
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bytesOf(inspectorValue(window, "bufferSizeValue")) > 1024 * 1024,
                             Timeout);
    QVERIFY(window.eventStream()->totalRecords() > 10);

    // Export the trace, then open it again for review.
    m_nextSaveFile = m_dir.filePath(u"session.jsonl"_s);
    action(window, "actionExportJsonl")->trigger();
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
    QFile exported(m_nextSaveFile);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const qsizetype lines = exported.readAll().count('\n');
    QVERIFY(lines > 10);
    m_nextOpenFile = m_nextSaveFile;
    QSignalSpy opened(&window, &MainWindow::traceFileOpened);
    action(window, "actionOpenTrace")->trigger();
    // Read on a thread of its own: the action waits, the window goes on.
    QVERIFY(!action(window, "actionOpenTrace")->isEnabled());
    QVERIFY(opened.wait(Timeout));
    QCOMPARE(opened.constFirst().at(1).toBool(), true);
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
    QVERIFY(action(window, "actionOpenTrace")->isEnabled());
    // In a window of its own; the window's stream stays live.
    QCOMPARE(window.reviewWindows().size(), 1);
    gui::TraceReviewWindow *review = window.reviewWindows().constFirst();
    QVERIFY(review->isVisible());
    QVERIFY(!window.eventStream()->isReviewing());
    QVERIFY(review->eventStream()->isReviewing());
    QCOMPARE(review->eventStream()->totalRecords(), lines);
    // A file that holds no trace is refused with a message; the review stays as it was.
    const QString garbage = m_dir.filePath(u"garbage.jsonl"_s);
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a trace\n");
    }
    m_nextOpenFile = garbage;
    opened.clear();
    action(window, "actionOpenTrace")->trigger();
    QVERIFY(opened.wait(Timeout));
    QCOMPARE(opened.constFirst().at(1).toBool(), false);
    QCOMPARE(m_warnings.size(), 1);
    m_warnings.clear();
    QCOMPARE(window.reviewWindows().size(), 1);
    QCOMPARE(review->eventStream()->totalRecords(), lines);
    // The reviewed trace's endpoints are in the review's tree; selecting one there shows its
    // conversation (the first bytes of each chunk) and leaves the window's selection alone.
    QVERIFY(review->endpointModel()->indexOf(serverId).isValid());
    review->selectEndpoint(clientId);
    QCOMPARE(review->selectedEndpoint(), clientId);
    QVERIFY(review->conversation()->renderedText().contains(u"hello"_s));
    QCOMPARE(review->eventStream()->visibleRecords() < lines, true);
    QCOMPARE(window.selectedEndpoint(), clientId);
    QVERIFY(review->findChildren<gui::ComposerWidget *>().isEmpty());
    QVERIFY(review->findChildren<gui::InspectorWidget *>().isEmpty());

    // Quitting with live connections asks first.
    m_confirmAnswer = true;
    QVERIFY(window.close());
    QCOMPARE(m_confirmations, 1);
}

void tst_MainWindow::scriptConsoleRunsAndStops()
{
    const QString script = m_dir.filePath(u"serve.js"_s);
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("const net = require('net');\n"
                   "const server = net.createServer(s => s.end('bye\\n'));\n"
                   "server.listen(0, '127.0.0.1', () => console.log('listening on', "
                   "server.address().port));\n");
    }
    MainWindow window;
    answerPrompts(window);
    window.show();
    m_nextOpenFile = script;
    QSignalSpy finished(window.scriptConsole(), &gui::ScriptConsoleWidget::finished);
    action(window, "actionRunScript")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.scriptConsole()->output().contains(u"listening on"_s), Timeout);
    QVERIFY(action(window, "actionStopScript")->isEnabled());
    // The script's server shows in the tree and its events in the stream.
    const quint64 serverId = waitForRoot(window, netcore::EndpointKind::Server, State::Listening);
    QVERIFY(serverId);
    QVERIFY(window.eventStream()->totalRecords() >= 2);

    action(window, "actionStopScript")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(finished.first().at(0).toInt(), 130);
    QTRY_VERIFY_WITH_TIMEOUT(action(window, "actionRunScript")->isEnabled(), Timeout);
    m_confirmAnswer = true;
    window.close();
}

void tst_MainWindow::scriptConsoleDecodesOutputAsNode()
{
    // A character split between two writes shows whole; a broken sequence is one U+FFFD
    // (f0 9f 98 61), and a character the script never finished is U+FFFD at the end.
    const QString script = m_dir.filePath(u"bytes.js"_s);
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
                "process.stdout.write(Buffer.from([0xe2]));\n"
                "process.stdout.write(Buffer.from([0x82, 0xac, 0x0a]));\n"
                "process.stdout.write(Buffer.from([0xf0, 0x9f, 0x98, 0x61, 0x0a, 0xe2, 0x82]));\n");
    }
    MainWindow window;
    answerPrompts(window);
    m_nextOpenFile = script;
    QSignalSpy finished(window.scriptConsole(), &gui::ScriptConsoleWidget::finished);
    action(window, "actionRunScript")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(finished.first().at(0).toInt(), 0);
    QCOMPARE(window.scriptConsole()->output(), u"€\n\ufffda\n\ufffd"_s);
}

void tst_MainWindow::workspaceRoundTrip()
{
    const QString path = m_dir.filePath(u"lesson.json"_s);
    {
        MainWindow window;
        answerPrompts(window);
        session::ListenerSpec listener;
        listener.listen = netcore::ListenOptions::unixPath(m_dir.filePath(u"lesson.sock"_s));
        listener.autoReply = session::AutoReply::Echo;
        window.createListener(listener);
        waitForRoot(window, netcore::EndpointKind::Server, State::Listening);
        m_nextSaveFile = path;
        action(window, "actionSaveWorkspace")->trigger();
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
        window.close();
    }
    MainWindow window;
    answerPrompts(window);
    m_nextOpenFile = path;
    action(window, "actionOpenWorkspace")->trigger();
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
    QVERIFY(waitForRoot(window, netcore::EndpointKind::Server, State::Listening));
    QCOMPARE(window.workspace().listeners.size(), 1);
    QCOMPARE(window.workspace().listeners.constFirst().autoReply, session::AutoReply::Echo);
    // A broken file is refused with a message, and nothing is made.
    const QString broken = m_dir.filePath(u"broken.json"_s);
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"something else\"}");
    }
    m_nextOpenFile = broken;
    action(window, "actionOpenWorkspace")->trigger();
    QCOMPARE(m_warnings.size(), 1);
    QCOMPARE(window.workspace().listeners.size(), 1);
    window.close();
}

void tst_MainWindow::closingWithLiveConnectionsAsks()
{
    MainWindow window;
    answerPrompts(window);
    window.show();
    QVERIFY(window.close()); // nothing live: no question
    QCOMPARE(m_confirmations, 0);

    window.show();
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    window.createListener(listener);
    waitForRoot(window, netcore::EndpointKind::Server, State::Listening);
    m_confirmAnswer = false;
    QVERIFY(!window.close());
    QCOMPARE(m_confirmations, 1);
    QVERIFY(window.isVisible());
    m_confirmAnswer = true;
    QVERIFY(window.close());
}

tst_MainWindow::Session tst_MainWindow::connectPair(MainWindow &window)
{
    Session session;
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    window.createListener(listener);
    session.serverId = waitForRoot(window, netcore::EndpointKind::Server, State::Listening);
    if (!session.serverId)
        return {};
    window.selectEndpoint(session.serverId);
    QString address;
    QElapsedTimer clock;
    clock.start();
    while (!(address = inspectorValue(window, "serverAddressValue")).contains(u"127.0.0.1"_s)
           && clock.elapsed() < Timeout)
        QTest::qWait(20);
    session.port = address.section(u':', 1).section(u' ', 0, 0).toInt();
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(session.port, u"127.0.0.1"_s);
    window.createClient(client);
    session.clientId = waitForRoot(window, netcore::EndpointKind::Socket, State::Open);
    const EndpointTreeModel *model = window.endpointModel();
    while (model->rowCount(model->indexOf(session.serverId)) < 1 && clock.elapsed() < Timeout)
        QTest::qWait(20);
    session.acceptedId = model->index(0, 0, model->indexOf(session.serverId))
                                 .data(EndpointTreeModel::IdRole)
                                 .toULongLong();
    return session;
}

QString tst_MainWindow::exportAndReview(MainWindow &window, const QString &name)
{
    m_nextSaveFile = m_dir.filePath(name);
    action(window, "actionExportJsonl")->trigger();
    m_nextOpenFile = m_nextSaveFile;
    QSignalSpy opened(&window, &MainWindow::traceFileOpened);
    action(window, "actionOpenTrace")->trigger();
    if (!opened.wait(Timeout) || !opened.constFirst().at(1).toBool())
        return {};
    return m_nextSaveFile;
}

qsizetype tst_MainWindow::writesOn(MainWindow &window, quint64 id)
{
    const gui::EventTableModel *events = window.eventStream()->model();
    qsizetype writes = 0;
    for (int row = 0; row < events->rowCount(); ++row) {
        const trace::TraceRecord &record = events->record(row);
        writes += record.endpointId == id && record.event == netcore::NetEvent::WriteCall ? 1 : 0;
    }
    return writes;
}

void tst_MainWindow::clearingAfterAReviewKeepsTheLiveFeed()
{
    MainWindow window;
    answerPrompts(window);
    window.show();
    const Session session = connectPair(window);
    QVERIFY(session.acceptedId);
    QVERIFY(!exportAndReview(window, u"feed.jsonl"_s).isEmpty());
    QCOMPARE(window.reviewWindows().size(), 1);
    QVERIFY(!window.eventStream()->isReviewing());
    // The stream's own Clear button, then new traffic: it shows in the live stream and tree.
    QTest::mouseClick(find<QToolButton>(window.eventStream(), u"clearButton"_s), Qt::LeftButton);
    QCOMPARE(window.eventStream()->totalRecords(), 0);
    window.selectEndpoint(session.clientId);
    window.composer()->setPayloadText(u"after the review"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.composer()->isTargetAvailable(), Timeout);
    window.composer()->send();
    QTRY_COMPARE_WITH_TIMEOUT(writesOn(window, session.clientId), 1, Timeout);
    window.close();
}

void tst_MainWindow::clearEventsDuringAReviewKeepsTheLiveTree()
{
    MainWindow window;
    answerPrompts(window);
    window.show();
    const Session session = connectPair(window);
    QVERIFY(session.acceptedId);
    QVERIFY(!exportAndReview(window, u"tree.jsonl"_s).isEmpty());
    gui::TraceReviewWindow *review = window.reviewWindows().constFirst();
    const qsizetype reviewed = review->eventStream()->totalRecords();
    action(window, "actionClearEvents")->trigger();
    QCOMPARE(review->eventStream()->totalRecords(), reviewed); // the review is not live
    const EndpointTreeModel *model = window.endpointModel();
    QVERIFY(model->indexOf(session.serverId).isValid());
    QCOMPARE(model->state(session.clientId), State::Open);
    // A second client: its accepted socket shows under the server, next to the first.
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(session.port, u"127.0.0.1"_s);
    window.createClient(client);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(model->indexOf(session.serverId)), 2, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, Timeout); // the server and two clients
    // Closing the review leaves the live window as it was.
    review->close();
    QTRY_VERIFY(window.reviewWindows().isEmpty());
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->state(session.clientId), State::Open);
    window.close();
}

void tst_MainWindow::aReviewedEndpointCannotBeSentTo()
{
    MainWindow window;
    answerPrompts(window);
    window.show();
    const Session session = connectPair(window);
    QVERIFY(session.acceptedId);
    m_nextSaveFile = m_dir.filePath(u"open-client.jsonl"_s);
    action(window, "actionExportJsonl")->trigger(); // the client is open in this trace
    window.selectEndpoint(session.clientId);
    action(window, "actionDestroyEndpoint")->trigger();
    const EndpointTreeModel *model = window.endpointModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->state(session.clientId), State::Closed, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(session.acceptedId), State::Closed, Timeout);

    m_nextOpenFile = m_nextSaveFile;
    QSignalSpy opened(&window, &MainWindow::traceFileOpened);
    action(window, "actionOpenTrace")->trigger();
    QVERIFY(opened.wait(Timeout));
    QVERIFY(opened.constFirst().at(1).toBool());
    // The window's endpoint #client is the live one, closed: nothing can be sent to it.
    window.selectEndpoint(session.clientId);
    QCOMPARE(window.selectedEndpoint(), session.clientId);
    QCOMPARE(model->state(session.clientId), State::Closed);
    QVERIFY(!window.composer()->isTargetAvailable());
    QVERIFY(!find<QPushButton>(window.composer(), u"sendButton"_s)->isEnabled());
    // The review shows #client open, as the file has it, with nothing to send with; selecting
    // it there does not make it the composer's target.
    gui::TraceReviewWindow *review = window.reviewWindows().constFirst();
    QCOMPARE(review->endpointModel()->state(session.clientId), State::Open);
    QVERIFY(review->findChildren<gui::ComposerWidget *>().isEmpty());
    window.selectEndpoint(session.serverId);
    review->selectEndpoint(session.clientId);
    QCOMPARE(window.composer()->target(), session.serverId);
    window.close();
}

void tst_MainWindow::resetActionSendsRstToThePeer()
{
    MainWindow window;
    answerPrompts(window);
    window.show();
    const Session session = connectPair(window);
    QVERIFY(session.acceptedId);
    QAction *reset = action(window, "actionResetEndpoint");
    QVERIFY(reset);
    window.selectEndpoint(session.serverId);
    QTRY_VERIFY(!reset->isEnabled()); // a server has no RST
    window.selectEndpoint(session.clientId);
    QTRY_VERIFY(reset->isEnabled());
    QVERIFY(window.endpointView()->actions().contains(reset));
    reset->trigger();
    const EndpointTreeModel *model = window.endpointModel();
    // The client closes cleanly; the accepted socket reads the RST as ECONNRESET.
    QTRY_COMPARE_WITH_TIMEOUT(model->state(session.acceptedId), State::Error, Timeout);
    QVERIFY(model->indexOf(session.acceptedId)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"ECONNRESET"_s));
    QTRY_COMPARE_WITH_TIMEOUT(model->state(session.clientId), State::Closed, Timeout);
    QTRY_VERIFY(!reset->isEnabled());
    window.close();
}

void tst_MainWindow::closingActionsSayWhatThePeerSees()
{
    MainWindow window;
    const auto tip = [&](const char *name) {
        QAction *a = action(window, name);
        return a ? a->toolTip() + u'\n' + a->statusTip() : QString();
    };
    QVERIFY(tip("actionEndEndpoint").contains(u"peer gets 'end'"_s));
    QVERIFY(tip("actionDestroyEndpoint").contains(u"FIN"_s));
    QVERIFY(tip("actionResetEndpoint").contains(u"ECONNRESET"_s));
    const auto buttonTip = [&](const char *name) {
        QPushButton *b = find<QPushButton>(window.inspector(), QString::fromLatin1(name));
        return b ? b->toolTip() + u'\n' + b->statusTip() : QString();
    };
    QVERIFY(buttonTip("endButton").contains(u"peer gets 'end'"_s));
    QVERIFY(buttonTip("destroyButton").contains(u"FIN"_s));
    QVERIFY(buttonTip("destroyWithErrorButton").contains(u"clean FIN"_s));
    QVERIFY(buttonTip("resetButton").contains(u"ECONNRESET"_s));
    for (const char *name : {"actionEndEndpoint", "actionDestroyEndpoint", "actionResetEndpoint"})
        QVERIFY2(!action(window, name)->statusTip().isEmpty(), name);
}

void tst_MainWindow::quittingAfterAReviewCountsLiveEndpoints()
{
    MainWindow window;
    answerPrompts(window);
    window.show();
    const Session session = connectPair(window);
    QVERIFY(session.acceptedId);
    m_nextSaveFile = m_dir.filePath(u"three-live.jsonl"_s);
    action(window, "actionExportJsonl")->trigger(); // three open endpoints in this trace
    window.selectEndpoint(session.clientId);
    action(window, "actionDestroyEndpoint")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.endpointModel()->liveCount(), 1, Timeout);
    m_nextOpenFile = m_nextSaveFile;
    QSignalSpy opened(&window, &MainWindow::traceFileOpened);
    action(window, "actionOpenTrace")->trigger();
    QVERIFY(opened.wait(Timeout));
    QVERIFY(opened.constFirst().at(1).toBool());
    m_confirmAnswer = true;
    QVERIFY(window.close());
    QCOMPARE(m_confirmations, 1);
    QVERIFY2(m_lastConfirmText.startsWith(u"1 endpoint(s)"_s), qPrintable(m_lastConfirmText));
}

void tst_MainWindow::aFileSendFinishesWhileAnotherEndpointIsSelected()
{
    const QString path = m_dir.filePath(u"payload.bin"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(256 * 1024, 'f'));
    }
    MainWindow window;
    answerPrompts(window);
    window.show();
    const Session session = connectPair(window);
    QVERIFY(session.acceptedId);
    int finished = 0;
    // Connected after the window's own connection: when this runs, the window has its answer.
    connect(window.engineThread()->engine(), &session::Engine::fileSendFinished, this,
            [&finished] { ++finished; });
    gui::ComposerWidget *composer = window.composer();
    window.selectEndpoint(session.clientId);
    composer->setMode(gui::ComposerWidget::Mode::File);
    composer->setFilePath(path);
    QTRY_VERIFY_WITH_TIMEOUT(composer->isTargetAvailable(), Timeout);
    composer->send();
    QVERIFY(composer->isSendingFile());
    // Another endpoint is selected before the engine can answer.
    window.selectEndpoint(session.acceptedId);
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, Timeout);
    window.selectEndpoint(session.clientId);
    QVERIFY(!composer->isSendingFile());
    QCOMPARE(find<QLabel>(composer, u"fileStatusLabel"_s)->text(), u"Sent."_s);
    QVERIFY(find<QPushButton>(composer, u"sendButton"_s)->isEnabled());
    window.close();
}

void tst_MainWindow::aRepeatStaysOnItsEndpoint()
{
    MainWindow window;
    answerPrompts(window);
    window.show();
    const Session session = connectPair(window);
    QVERIFY(session.acceptedId);
    gui::ComposerWidget *composer = window.composer();
    window.selectEndpoint(session.clientId);
    composer->setPayloadText(u"tick"_s);
    find<QSpinBox>(composer, u"repeatSpin"_s)->setValue(5);
    find<QSpinBox>(composer, u"intervalSpin"_s)->setValue(50);
    QTRY_VERIFY_WITH_TIMEOUT(composer->isTargetAvailable(), Timeout);
    composer->send();
    // The accepted socket is selected (and writable) while the repeat runs.
    window.selectEndpoint(session.acceptedId);
    QTRY_VERIFY_WITH_TIMEOUT(
            writesOn(window, session.clientId) + writesOn(window, session.acceptedId) >= 5,
            Timeout);
    QCOMPARE(writesOn(window, session.acceptedId), 0);
    QCOMPARE(writesOn(window, session.clientId), 5);
    window.close();
}

// Repeats into a peer that reads nothing: write() returns false and the queue grows, but only
// so far: the composer then waits for 'drain' (the engine held all of 2000 x 64 KiB at once,
// and a million repeats could take all memory); once the peer reads, every byte arrives and
// the repeat completes.
void tst_MainWindow::aRepeatWaitsForDrain()
{
    constexpr int Repeats = 2000;
    constexpr qsizetype Payload = 64 * 1024;
    MainWindow window;
    answerPrompts(window);
    window.show();
    const Session session = connectPair(window);
    QVERIFY(session.acceptedId);
    const quint64 accepted = session.acceptedId;
    window.engineThread()->post([accepted](session::Engine &e) { e.pause(accepted); });
    gui::ComposerWidget *composer = window.composer();
    window.selectEndpoint(session.clientId);
    composer->setPayloadText(QString(Payload, u'x'));
    find<QSpinBox>(composer, u"repeatSpin"_s)->setValue(Repeats);
    find<QSpinBox>(composer, u"intervalSpin"_s)->setValue(0);
    QTRY_VERIFY_WITH_TIMEOUT(composer->isTargetAvailable(), Timeout);
    composer->send();

    const gui::EventTableModel *events = window.eventStream()->model();
    // The client's records: its largest write queue, and whether a write() returned false.
    const auto clientWrites = [&] {
        qint64 largestQueue = 0;
        bool refused = false;
        for (int row = 0; row < events->rowCount(); ++row) {
            const trace::TraceRecord &record = events->record(row);
            if (record.endpointId == session.clientId
                && record.event == netcore::NetEvent::WriteCall) {
                largestQueue = qMax(largestQueue, record.write.bufferSize);
                refused = refused || record.write.accepted == 0;
            }
        }
        return std::pair(largestQueue, refused);
    };
    QTRY_VERIFY_WITH_TIMEOUT(clientWrites().second, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(clientWrites().first > gui::ComposerWidget::MaxQueuedBytes, Timeout);
    QVERIFY(composer->isRepeating());
    window.engineThread()->post([accepted](session::Engine &e) { e.resume(accepted); });
    QTRY_VERIFY_WITH_TIMEOUT(!composer->isRepeating(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(writesOn(window, session.clientId), Repeats, Timeout);
    const auto received = [&] {
        qint64 bytes = 0;
        for (int row = 0; row < events->rowCount(); ++row) {
            const trace::TraceRecord &record = events->record(row);
            if (record.endpointId == accepted && record.event == netcore::NetEvent::Data)
                bytes += record.value;
        }
        return bytes;
    };
    QTRY_COMPARE_WITH_TIMEOUT(received(), Repeats * Payload, Timeout);
    const qint64 largestQueue = clientWrites().first;
    QVERIFY2(largestQueue <= gui::ComposerWidget::MaxQueuedBytes
                             + gui::ComposerWidget::MaxUnrecordedBytes + Payload,
             qPrintable(u"a write queue of %1 bytes"_s.arg(largestQueue)));
    window.close();
}

void tst_MainWindow::theWheelLeavesUnfocusedControlsAlone()
{
    MainWindow window;
    answerPrompts(window);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Session session = connectPair(window);
    QVERIFY(session.acceptedId);
    window.selectEndpoint(session.clientId);
    auto *delay = find<QSpinBox>(window.inspector(), u"keepAliveDelaySpin"_s);
    QTRY_VERIFY_WITH_TIMEOUT(delay->isEnabled() && delay->isVisible(), Timeout);
    auto *mode = find<QComboBox>(window.composer(), u"modeCombo"_s);
    // Up on the spin box (it starts below its maximum), down on the combo box (at its first item).
    const auto wheel = [](QWidget *widget, int delta) {
        QWheelEvent event(QPointF(widget->rect().center()),
                          QPointF(widget->mapToGlobal(widget->rect().center())), QPoint(),
                          QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(widget, &event);
    };
    const int delayBefore = delay->value();
    const int modeBefore = mode->currentIndex();
    QVERIFY(!delay->hasFocus());
    wheel(delay, 120);
    wheel(mode, -120);
    QCOMPARE(delay->value(), delayBefore);
    QCOMPARE(mode->currentIndex(), modeBefore);
    // The wheel does not give them focus either (Qt gives it to WheelFocus widgets first).
    QCOMPARE(delay->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(mode->focusPolicy(), Qt::StrongFocus);
    window.close();
}

void tst_MainWindow::devicesAndFifosAreRefused()
{
    const QString fifo = m_dir.filePath(u"pipe.jsonl"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    MainWindow window;
    answerPrompts(window);
    for (const QString &path : {fifo, u"/dev/zero"_s}) {
        m_warnings.clear();
        QVERIFY(!window.openWorkspace(path));
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY2(m_warnings.constFirst().contains(u"not a regular file"_s),
                 qPrintable(m_warnings.constFirst()));
        m_warnings.clear();
        QSignalSpy opened(&window, &MainWindow::traceFileOpened);
        window.openTraceFile(path);
        QVERIFY(opened.count() == 1 || opened.wait(Timeout));
        QCOMPARE(opened.constFirst().at(1).toBool(), false);
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY2(m_warnings.constFirst().contains(u"not a regular file"_s),
                 qPrintable(m_warnings.constFirst()));
    }
    window.close();
}

void tst_MainWindow::failedSavesAreReported_data()
{
    QTest::addColumn<QByteArray>("actionName");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason");
    for (const char *actionName : {"actionSaveWorkspace", "actionExportJsonl", "actionExportCsv"}) {
        // /dev/full's own device numbers, on a node of our own: the real /dev/full must not
        // be at stake (QSaveFile renames its temporary file over the node where it can).
        QTest::addRow("%s to a full device", actionName)
                << QByteArray(actionName) << u"device"_s << u"not a regular file"_s;
        QTest::addRow("%s to a FIFO", actionName)
                << QByteArray(actionName) << u"fifo"_s << u"not a regular file"_s;
        QTest::addRow("%s on a full disk", actionName)
                << QByteArray(actionName) << u"full"_s << u"File too large"_s;
    }
}

// Saving where it cannot be done says so, with the path and the reason, claims no success and
// leaves what was at the path as it was (a device, a FIFO, an older file).
void tst_MainWindow::failedSavesAreReported()
{
    QFETCH(QByteArray, actionName);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"target"_s);
    const QByteArray nativePath = QFile::encodeName(path);
    if (target == u"device"_s) {
        if (::mknod(nativePath.constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
            QSKIP("device nodes cannot be made here");
    } else if (target == u"fifo"_s) {
        QCOMPARE(::mkfifo(nativePath.constData(), 0600), 0);
    } else {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }

    MainWindow window;
    answerPrompts(window);
    // Something to export: a listener's calls and events.
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    window.createListener(listener);
    QVERIFY(waitForRoot(window, netcore::EndpointKind::Server, State::Listening));
    QTRY_VERIFY_WITH_TIMEOUT(window.eventStream()->model()->rowCount() > 0, Timeout);
    window.statusBar()->clearMessage();

    m_nextSaveFile = path;
    {
        std::optional<FileSizeLimit> limit;
        if (target == u"full"_s) {
            limit.emplace(8);
            QVERIFY(limit->isActive());
        }
        action(window, actionName.constData())->trigger();
    }
    QCOMPARE(m_warnings.size(), 1);
    QVERIFY2(m_warnings.constFirst().contains(path) && m_warnings.constFirst().contains(reason),
             qPrintable(m_warnings.constFirst()));
    QCOMPARE(window.statusBar()->currentMessage(), QString());

    struct stat status
    { };
    QCOMPARE(::stat(nativePath.constData(), &status), 0);
    if (target == u"device"_s) {
        QVERIFY(S_ISCHR(status.st_mode));
    } else if (target == u"fifo"_s) {
        QVERIFY(S_ISFIFO(status.st_mode));
    } else {
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), "old");
    }
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
             QStringList {u"target"_s});
    window.close();
}

// A file streaming into a paused peer while another endpoint is selected and a review is open:
// the composer shows the send on its endpoint, the review shows the file. Both are saved as
// PNGs in $NETBENCH_SCREENSHOT_DIR, or the temporary folder (run under Xvfb with
// QT_QPA_PLATFORM=xcb for real pixels).
void tst_MainWindow::sendingAndReviewingSideBySide()
{
    const QString path = m_dir.filePath(u"large.bin"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(64 * 1024 * 1024)); // sparse
    }
    MainWindow window;
    answerPrompts(window);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Session session = connectPair(window);
    QVERIFY(session.acceptedId);
    const quint64 accepted = session.acceptedId;
    window.engineThread()->post([accepted](session::Engine &e) { e.pause(accepted); });
    window.selectEndpoint(session.clientId);
    window.composer()->setPayloadText(u"hello before the file\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.composer()->isTargetAvailable(), Timeout);
    window.composer()->send();
    gui::ComposerWidget *composer = window.composer();
    composer->setMode(gui::ComposerWidget::Mode::File);
    composer->setFilePath(path);
    composer->send();
    auto *progress = find<QProgressBar>(composer, u"fileProgressBar"_s);
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, Timeout);
    QVERIFY(composer->isSendingFile());
    QVERIFY(progress->value() < 1000); // the peer reads nothing: the send waits for 'drain'
    QVERIFY(find<QLabel>(composer, u"targetLabel"_s)
                    ->text()
                    .contains(u"#%1"_s.arg(session.clientId)));
    const QDir shots(qEnvironmentVariable("NETBENCH_SCREENSHOT_DIR", m_dir.path()));
    QVERIFY(window.grab().save(shots.filePath(u"composer-sending.png"_s)));

    QVERIFY(!exportAndReview(window, u"side-by-side.jsonl"_s).isEmpty());
    gui::TraceReviewWindow *review = window.reviewWindows().constFirst();
    QVERIFY(QTest::qWaitForWindowExposed(review));
    review->selectEndpoint(session.clientId);
    const QString conversation = review->conversation()->renderedText();
    QVERIFY(conversation.contains(u"hello before the file"_s));
    // The file's chunks are kept in part: the notes say why, not "past the transcript cap".
    QVERIFY(conversation.contains(
            u"not captured: a trace keeps the first 64 bytes of each chunk"_s));
    QVERIFY(!conversation.contains(u"transcript cap"_s));
    QVERIFY(composer->isSendingFile()); // the review touched nothing
    QVERIFY(review->grab().save(shots.filePath(u"review.png"_s)));

    QTest::mouseClick(find<QPushButton>(composer, u"cancelFileButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!composer->isSendingFile(), Timeout);
    QCOMPARE(find<QLabel>(composer, u"fileStatusLabel"_s)->text(), u"Cancelled."_s);
    window.close();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
