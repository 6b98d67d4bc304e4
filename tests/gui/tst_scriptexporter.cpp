// Export as Script. The script for known records (names, the server's port for listen(0),
// accepted sockets through 'connection', bytes as text or hex, refused calls left out), and
// a real session made in the window offscreen (a listener, a client, writes both ways, end())
// exported and run under the built `netbench run` and under `node` (when installed): both
// exit 0 and print, endpoint by endpoint, the events the window recorded.

#include "gui/composerwidget.h"
#include "gui/endpointtreemodel.h"
#include "gui/mainwindow.h"
#include "gui/scriptexporter.h"
#include "session/engine.h"
#include "session/enginethread.h"

#include "trace/tracerecorder.h"

#include "net/server.h"
#include "net/socket.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gui::EndpointTreeModel;
using gui::MainWindow;
using netcore::EndpointKind;
using netcore::NetEvent;
using trace::TraceRecord;

namespace {

constexpr int Timeout = 15000;

TraceRecord call(quint64 seq, quint64 id, NetEvent event, qint64 value = -1,
                 const QString &text = {})
{
    TraceRecord r;
    r.seq = seq;
    r.monoNs = qint64(seq) * 10'000'000; // 10 ms apart
    r.endpointId = id;
    r.kind = id == 1 ? EndpointKind::Server : EndpointKind::Socket;
    r.event = event;
    r.value = value;
    if (!text.isEmpty()) {
        trace::TraceDetails details;
        details.text = text;
        r.details = std::make_shared<const trace::TraceDetails>(details);
    }
    return r;
}

// Endpoint name -> its events, consecutive data chunks counted as one (the kernel may split
// or join them).
using Story = QMap<QString, QStringList>;

void tell(Story *story, const QString &name, const QString &event)
{
    QStringList &events = (*story)[name];
    if (!(event == u"data"_s && !events.isEmpty() && events.constLast() == event))
        events << event;
}

Story storyOfOutput(const QByteArray &output)
{
    Story story;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() >= 2)
            tell(&story, QString::fromUtf8(words.at(0)), QString::fromUtf8(words.at(1)));
    }
    return story;
}

} // namespace

class tst_ScriptExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scriptForKnownRecords();
    void windowSessionReplays_data();
    void windowSessionReplays();
    void rulesAnswerInTheScript();

private:
    QByteArray runScript(const QString &program, const QStringList &arguments, int *exitCode);
    QTemporaryDir m_dir;
};

void tst_ScriptExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_ScriptExporter::scriptForKnownRecords()
{
    gui::ScriptExportInput input;
    TraceRecord listen = call(1, 1, NetEvent::ListenCall, 0, u"127.0.0.1"_s);
    listen.extra = 511;
    TraceRecord listening = call(2, 1, NetEvent::Listening);
    trace::TraceDetails local;
    local.local = trace::TraceAddress {u"127.0.0.1"_s, u"IPv4"_s, 40001, {}};
    listening.details = std::make_shared<const trace::TraceDetails>(local);
    TraceRecord connection = call(5, 1, NetEvent::Connection);
    connection.relatedId = 3;
    TraceRecord binary = call(7, 3, NetEvent::WriteCall, 3);
    binary.setPreview(QByteArray("\x00\xff\n", 3));
    TraceRecord text = call(6, 2, NetEvent::WriteCall, 7);
    text.setPreview("it's\n\x01\xc3"); // cut in the middle of a character: bytes, not text
    TraceRecord automatic = call(8, 3, NetEvent::DestroyCall);
    automatic.internal = true;
    TraceRecord refused = call(9, 2, NetEvent::SetTimeoutCall, -5);
    trace::TraceDetails error;
    error.error = trace::TraceError {u"RangeError"_s, u"ERR_OUT_OF_RANGE"_s, 0, {}, {}, -1, {},
                                     u"bad"_s};
    refused.details = std::make_shared<const trace::TraceDetails>(error);
    input.records = {listen,
                     listening,
                     call(3, 2, NetEvent::SetEncodingCall, -1, u"utf8"_s),
                     call(4, 2, NetEvent::ConnectCall, 40001, u"127.0.0.1"_s),
                     connection,
                     text,
                     binary,
                     automatic,
                     refused,
                     call(10, 2, NetEvent::EndCall),
                     call(11, 99, NetEvent::EndCall)}; // 99: a script's, not the window's
    TraceRecord pause = call(12, 3, NetEvent::PauseCall);
    pause.monoNs = input.records.at(9).monoNs; // in the same turn as the end()
    input.records.insert(10, pause);
    input.ownEndpoints = {1, 2, 3};
    input.listeners = {session::ListenerSpec()};
    input.clients = {session::ClientSpec()};
    input.payload = [](quint64 id, quint64 seq) -> std::optional<QByteArray> {
        if (id == 2 && seq == 6)
            return QByteArray("hello %1\n'x'");
        return std::nullopt; // the binary write is whole in its preview
    };
    const gui::ScriptExport exported = gui::exportScript(input);
    const QString &s = exported.script;
    QVERIFY(s.contains(
            u"const server1 = net.createServer({ allowHalfOpen: false, pauseOnConnect: false });"_s));
    QVERIFY(s.contains(u"const client2 = new net.Socket({ allowHalfOpen: false });"_s));
    QVERIFY(s.contains(u"const names = ['socket3'];"_s));
    QVERIFY(s.contains(
            u"[0, () => { server1.listen({ port: 0, host: '127.0.0.1', backlog: 511 }); }],"_s));
    QVERIFY(s.contains(u"[20, () => { client2.setEncoding('utf8'); }],"_s));
    QVERIFY(s.contains(
            u"[10, () => { client2.connect({ port: server1.address().port, host: '127.0.0.1' }); }],"_s));
    QVERIFY(s.contains(u"[20, () => { client2.write('hello %1\\n\\'x\\''); }],"_s));
    QVERIFY(s.contains(
            u"[10, () => { on('socket3', (it) => it.write(Buffer.from('00ff0a', 'hex'))); }],"_s));
    QVERIFY(!s.contains(u"destroy()"_s)); // the internal one
    QVERIFY(s.contains(
            u"    [20, () => {\n        // client2.setTimeout(): refused in the window (ERR_OUT_OF_RANGE), left out\n    }],"_s));
    // Calls of one turn, one step.
    QVERIFY(s.contains(
            u"    [10, () => {\n        client2.end();\n        on('socket3', (it) => it.pause());\n    }],"_s));
    QVERIFY(!s.contains(u"99"_s));
    QCOMPARE(exported.warnings.size(), 1); // the refused call

    // A listener on a fixed port that still listens: the script cannot listen there too.
    gui::ScriptExportInput fixed = input;
    fixed.records[0].value = 5000;
    const QStringList fixedWarnings = gui::exportScript(fixed).warnings;
    QCOMPARE(fixedWarnings.size(), 2);
    QVERIFY(fixedWarnings.constFirst().contains(u"server1 still listens on 127.0.0.1:40001"_s));
    // An accepted socket that records before its server's 'connection' is still the accepted one.
    gui::ScriptExportInput early = input;
    early.records.insert(4, call(5, 3, NetEvent::SetNoDelayCall, 1));
    const QString earlyScript = gui::exportScript(early).script;
    QVERIFY(earlyScript.contains(u"on('socket3', (it) => it.setNoDelay(true));"_s));
    QVERIFY(!earlyScript.contains(u"client3"_s));

    input.droppedRecords = 3; // the ring lost the oldest records: said, not hidden
    const QStringList warnings = gui::exportScript(input).warnings;
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.constFirst().contains(u"3 record"_s));
}

QByteArray tst_ScriptExporter::runScript(const QString &program, const QStringList &arguments,
                                         int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(Timeout)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray errors = process.readAllStandardError();
    if (!errors.isEmpty())
        qWarning("%s: %s", qPrintable(program), errors.constData());
    return process.readAllStandardOutput();
}

void tst_ScriptExporter::windowSessionReplays_data()
{
    QTest::addColumn<bool>("unixEcho");
    QTest::addColumn<bool>("optionsAndDestroy");
    QTest::newRow("tcp, writes both ways") << false << false;
    QTest::newRow("unix, echo listener, closed") << true << false;
    QTest::newRow("tcp, socket options, pause, destroy") << false << true;
}

// unixEcho: a Unix socket listener that echoes (its echo is the script's, not replayed
// writes), closed before the export so that the script can listen on its path.
// optionsAndDestroy: pause and resume, then setNoDelay, setKeepAlive and setTimeout, then
// destroy() instead of end(). (Not resetAndDestroy(): replayed under node, the peer now and
// then saw 'end' rather than ECONNRESET, about one run in ten.)
void tst_ScriptExporter::windowSessionReplays()
{
    QFETCH(bool, unixEcho);
    QFETCH(bool, optionsAndDestroy);
    const QString socketPath = m_dir.filePath(u"echo.sock"_s);
    QFile::remove(socketPath);
    MainWindow window;
    QStringList warnings;
    QString saveTo = m_dir.filePath(u"session.js"_s);
    gui::UserPrompts prompts;
    prompts.warn
            = [&warnings](QWidget *, const QString &, const QString &text) { warnings << text; };
    prompts.saveFileName = [&saveTo](QWidget *, const QString &, const QString &, const QString &) {
        return saveTo;
    };
    window.setPrompts(prompts);
    window.show();
    const EndpointTreeModel *model = window.endpointModel();
    const auto root = [model](EndpointKind kind) -> quint64 {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(EndpointTreeModel::KindRole).toInt() == int(kind))
                return index.data(EndpointTreeModel::IdRole).toULongLong();
        }
        return 0;
    };
    const auto state = [model](quint64 id) {
        return EndpointTreeModel::State(
                model->indexOf(id).data(EndpointTreeModel::StateRole).toInt());
    };

    session::ListenerSpec listener;
    listener.listen = unixEcho ? netcore::ListenOptions::unixPath(socketPath)
                               : netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    listener.autoReply = unixEcho ? session::AutoReply::Echo : session::AutoReply::None;
    window.createListener(listener);
    QTRY_VERIFY_WITH_TIMEOUT(root(EndpointKind::Server) != 0, Timeout);
    const quint64 serverId = root(EndpointKind::Server);
    QTRY_COMPARE_WITH_TIMEOUT(state(serverId), EndpointTreeModel::State::Listening, Timeout);
    int port = 0;
    for (const TraceRecord &r : window.engineThread()->recorder().eventsSince(0)) {
        if (r.event == NetEvent::Listening && r.local())
            port = r.local()->port;
    }
    QVERIFY(port > 0 || unixEcho);
    session::ClientSpec client;
    client.connect = unixEcho ? netcore::ConnectOptions::unixPath(socketPath)
                              : netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    window.createClient(client);
    QTRY_VERIFY_WITH_TIMEOUT(root(EndpointKind::Socket) != 0, Timeout);
    const quint64 clientId = root(EndpointKind::Socket);
    QTRY_COMPARE_WITH_TIMEOUT(state(clientId), EndpointTreeModel::State::Open, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(model->indexOf(serverId)), 1, Timeout);
    const quint64 acceptedId = model->index(0, 0, model->indexOf(serverId))
                                       .data(EndpointTreeModel::IdRole)
                                       .toULongLong();

    // Writes both ways from the composer, then the client's end(): a FIN both ways, closed.
    auto *payload = window.composer()->findChild<QPlainTextEdit *>(u"payloadEdit"_s);
    auto *send = window.composer()->findChild<QPushButton *>(u"sendButton"_s);
    QVERIFY(payload && send);
    const auto sendFrom = [&](quint64 id, const QString &text) {
        window.selectEndpoint(id);
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
        payload->setPlainText(text);
        QTest::mouseClick(send, Qt::LeftButton);
    };
    const auto dataOn = [&](quint64 id) {
        int count = 0;
        for (const TraceRecord &r : window.engineThread()->recorder().eventsSince(0))
            count += r.endpointId == id && r.event == NetEvent::Data ? 1 : 0;
        return count;
    };
    if (optionsAndDestroy) {
        window.engineThread()->post([acceptedId](session::Engine &e) {
            e.pause(acceptedId);
            e.resume(acceptedId);
        });
    }
    sendFrom(clientId, u"hello\\n"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dataOn(acceptedId), 1, Timeout);
    // (Not before the destroy: the script keeps the gap, not the wait for the data, so within a
    // millisecond or two the destroy could come first.)
    if (!unixEcho && !optionsAndDestroy)
        sendFrom(acceptedId, u"hi back\\x00\\xff"_s);
    if (!optionsAndDestroy)
        QTRY_COMPARE_WITH_TIMEOUT(dataOn(clientId), 1, Timeout); // the reply, or the echo
    const auto closed = [&](quint64 id) {
        for (const TraceRecord &r : window.engineThread()->recorder().eventsSince(0))
            if (r.endpointId == id && r.event == NetEvent::Close)
                return true;
        return false;
    };
    if (optionsAndDestroy) {
        session::EngineThread *engine = window.engineThread();
        engine->post([clientId](session::Engine &e) {
            e.setNoDelay(clientId, true);
            e.setKeepAlive(clientId, true, 1000);
            e.setTimeout(clientId, 60000);
        });
        engine->post([clientId](session::Engine &e) {
            e.setTimeout(clientId, 0);
            e.destroy(clientId);
        });
    } else {
        window.selectEndpoint(clientId);
        window.findChild<QAction *>(u"actionEndEndpoint"_s)->trigger();
    }
    QTRY_VERIFY_WITH_TIMEOUT(closed(clientId), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(closed(acceptedId), Timeout);
    if (unixEcho) {
        window.selectEndpoint(serverId);
        window.findChild<QAction *>(u"actionEndEndpoint"_s)->trigger(); // server.close()
        QTRY_COMPARE_WITH_TIMEOUT(state(serverId), EndpointTreeModel::State::Closed, Timeout);
    }

    // What the window saw, told as the script tells it.
    Story expected;
    for (const TraceRecord &r : window.engineThread()->recorder().eventsSince(0)) {
        if (r.isCall())
            continue;
        const QString name = r.endpointId == serverId ? u"server%1"_s.arg(r.endpointId)
                : r.endpointId == clientId            ? u"client%1"_s.arg(r.endpointId)
                : r.endpointId == acceptedId          ? u"socket%1"_s.arg(r.endpointId)
                                                      : QString();
        QVERIFY(!name.isEmpty());
        tell(&expected, name, r.name());
    }
    QCOMPARE(expected.value(u"client%1"_s.arg(clientId)).constLast(), u"close"_s);

    // The waits above read the engine's recorder, so the window's loop may not have run since
    // the engine told it which endpoints it made (a queued signal). A user's click comes after
    // what is already queued; so does this export. (Under load the export missed the client.)
    QCoreApplication::sendPostedEvents();
    auto *exportScript = window.findChild<QAction *>(u"actionExportScript"_s);
    QVERIFY(exportScript);
    exportScript->trigger();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QFile file(saveTo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray script = file.readAll();
    QCOMPARE(script.contains("Buffer.from('6869206261636b00ff', 'hex')"),
             !unixEcho && !optionsAndDestroy);
    QCOMPARE(script.contains("echo(socket, false)"), unixEcho);
    QCOMPARE(script.contains(".destroy();"), optionsAndDestroy);
    QCOMPARE(script.contains(".setKeepAlive(true, 1000);"), optionsAndDestroy);

    int exitCode = -1;
    const QByteArray underNetbench
            = runScript(QStringLiteral(NETBENCH_EXECUTABLE), {u"run"_s, saveTo}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(storyOfOutput(underNetbench), expected);
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty())
        QSKIP("node is not installed: the script ran under netbench only");
    const QByteArray underNode = runScript(node, {saveTo}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(storyOfOutput(underNode), expected);
}

// A client's auto-reply rules become the script's answerByRules(): run under netbench and
// under node against a real server, it answers each line as the window did (exact, contains,
// a regular expression with a group and ${count}, hex); a rule JavaScript cannot do is left
// out with a comment and a warning.
void tst_ScriptExporter::rulesAnswerInTheScript()
{
    const QString serverPath = m_dir.filePath(u"rules-server.sock"_s);
    QFile::remove(serverPath);
    netcore::Server server;
    QByteArray received; // what the client answered, on the connection open now
    bool answered = false;
    const QByteArray expected = "PONG 1\ngot /index\n\x01\x02saw bye\nPONG 2\n"_ba;
    connect(&server, &netcore::Server::newConnection, &server, [&](netcore::Socket *socket) {
        received.clear();
        answered = false;
        connect(socket, &netcore::Socket::dataReceived, socket,
                [&, socket](const QByteArray &chunk) {
                    received += chunk;
                    if (received.size() >= expected.size()) {
                        answered = true;
                        socket->end();
                    }
                });
        socket->write("PING\nGET /index HTTP/1.0\r\n\xff\x00\ngood bye\nPING\n"_ba);
    });
    QVERIFY(!server.listenOnPath(serverPath));
    QTRY_VERIFY_WITH_TIMEOUT(server.isListening(), Timeout);

    MainWindow window;
    QStringList warnings;
    const QString saveTo = m_dir.filePath(u"rules.js"_s);
    gui::UserPrompts prompts;
    prompts.warn
            = [&warnings](QWidget *, const QString &, const QString &text) { warnings << text; };
    prompts.saveFileName = [&saveTo](QWidget *, const QString &, const QString &, const QString &) {
        return saveTo;
    };
    window.setPrompts(prompts);
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::unixPath(serverPath);
    client.replyRules.framing.kind = session::ReplyFraming::Kind::Line;
    QString error;
    for (const QString &rule :
         {u"exact:PING=PONG ${count}\\n"_s, u"re:^GET (\\S+)=got $1\\n"_s, u"hex:ff 00=hex:01 02"_s,
          u"re:(?i)HELLO=hi\\n"_s, u"contains:bye=saw $0\\n"_s})
        client.replyRules.rules.append(*session::ReplyRule::parse(rule, &error));
    window.createClient(client);
    QTRY_VERIFY_WITH_TIMEOUT(answered, Timeout);
    QCOMPARE(received, expected);

    window.findChild<QAction *>(u"actionExportScript"_s)->trigger();
    QVERIFY(QFile::exists(saveTo));
    QVERIFY2(warnings.join(u'\n').contains(u"auto-reply rule 4 (re:(?i)HELLO=hi\\n) left out"_s),
             qPrintable(warnings.join(u'\n')));
    QFile file(saveTo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("// left out: re:(?i)HELLO=hi\\n"));

    QStringList programs {QStringLiteral(NETBENCH_EXECUTABLE)};
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (!node.isEmpty())
        programs << node;
    for (const QString &program : programs) {
        answered = false;
        received.clear();
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(program,
                      program == node ? QStringList {saveTo} : QStringList {u"run"_s, saveTo});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, Timeout);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(answered, qPrintable(program));
        QCOMPARE(received, expected);
    }
    if (node.isEmpty())
        QSKIP("node is not installed: the script ran under netbench only");
}

QTEST_MAIN(tst_ScriptExporter)
#include "tst_scriptexporter.moc"
