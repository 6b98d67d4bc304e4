// The whole window, offscreen, driven as a user drives it: a listener made through its dialog,
// a client through its dialog, text sent from the composer, the rows in the event stream and
// the values in the inspector, noDelay toggled and seen in the kernel, a paused peer filled
// until bufferSize grows, a trace exported and opened again, a script run and stopped, a
// workspace saved and opened, and the question asked before closing live connections.
// Modal questions are answered through MainWindow::setPrompts().

#include "gui/composerwidget.h"
#include "gui/endpointtreemodel.h"
#include "gui/enginethread.h"
#include "gui/eventstreamwidget.h"
#include "gui/inspectorwidget.h"
#include "gui/mainwindow.h"
#include "gui/newclientdialog.h"
#include "gui/newlistenerdialog.h"
#include "gui/scriptconsolewidget.h"

#include <QAction>
#include <QElapsedTimer>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    void workspaceRoundTrip();
    void closingWithLiveConnectionsAsks();

private:
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
    gui::ListenerSpec m_nextListener;
    gui::ClientSpec m_nextClient;
    QString m_nextOpenFile;
    QString m_nextSaveFile;
    int m_confirmations = 0;
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
    prompts.confirm = [this](QWidget *, const QString &, const QString &) {
        ++m_confirmations;
        return m_confirmAnswer;
    };
    prompts.warn = [this](QWidget *, const QString &, const QString &text) {
        m_warnings << text;
    };
    prompts.openFileName = [this](QWidget *, const QString &, const QString &) {
        return m_nextOpenFile;
    };
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
    QVERIFY(window.eventStream()->isReviewing());
    QCOMPARE(window.eventStream()->totalRecords(), lines);
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
    QVERIFY(window.eventStream()->isReviewing());
    QCOMPARE(window.eventStream()->totalRecords(), lines);
    // The reviewed trace's endpoints are in the tree: the server is one of them.
    QVERIFY(window.endpointModel()->indexOf(serverId).isValid());

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
                   "server.listen(0, '127.0.0.1', () => console.log('listening on', server.address().port));\n");
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

void tst_MainWindow::workspaceRoundTrip()
{
    const QString path = m_dir.filePath(u"lesson.json"_s);
    {
        MainWindow window;
        answerPrompts(window);
        gui::ListenerSpec listener;
        listener.listen = netcore::ListenOptions::unixPath(m_dir.filePath(u"lesson.sock"_s));
        listener.autoReply = gui::AutoReply::Echo;
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
    QCOMPARE(window.workspace().listeners.constFirst().autoReply, gui::AutoReply::Echo);
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
    gui::ListenerSpec listener;
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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
