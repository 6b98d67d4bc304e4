// A script's pause() and resume() as netbench records them: every call the script makes is a
// call record, also where Node only stops the stream's flow and reads on (reading stops at
// the high-water mark), and the resume() Node's own code makes for a 'data' listener is none.

#include "scripttest.h"

#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray PausesAndResumes = R"(
const net = require('net');
const server = net.createServer(function (socket) {
    socket.pause();
    socket.pause();
    socket.on('data', function () { socket.end(); });
    socket.resume();
});
server.listen(0, '127.0.0.1', function () {
    const client = net.connect(server.address().port, '127.0.0.1', function () {
        client.write('hi');
    });
    client.on('data', function () {});
    client.on('end', function () {
        console.log('client end');
        server.close();
    });
});
)";

// The client pauses, and reading goes on until its buffer holds the high-water mark; then
// netcore stops reading, and starts again once resume() has emptied the buffer.
const QByteArray ReadBufferLimit = R"(
const net = require('net');
const server = net.createServer(function (socket) {
    socket.end(Buffer.alloc(1024 * 1024));
});
server.listen(0, '127.0.0.1', function () {
    const client = net.connect(server.address().port, '127.0.0.1', function () {
        // Paused once connected: a socket paused before reads nothing until resume().
        client.pause();
        (function resumeWhenFull() {
            if (client.readableLength < client.readableHighWaterMark)
                return setTimeout(resumeWhenFull, 1);
            client.resume();
        })();
    });
    let received = 0;
    client.on('data', function (chunk) { received += chunk.length; });
    client.on('end', function () {
        console.log('received ' + received);
        server.close();
    });
});
)";

// Each endpoint's pause() and resume() records in order, "(internal)" after those netcore
// marks as its own.
QMap<quint64, QStringList> flowCallsOf(const trace::JsonlReadResult &file)
{
    QMap<quint64, QStringList> calls;
    for (const trace::TraceRecord &record : file.records) {
        QString name;
        if (record.event == netcore::NetEvent::PauseCall)
            name = u"pause"_s;
        else if (record.event == netcore::NetEvent::ResumeCall)
            name = u"resume"_s;
        else
            continue;
        calls[record.endpointId].append(record.internal ? name + u" (internal)"_s : name);
    }
    return calls;
}

} // namespace

class tst_FlowTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPauseAndResumeOfTheScriptIsRecorded();
    void readBufferLimitPausesAreInternal();
};

void tst_FlowTrace::everyPauseAndResumeOfTheScriptIsRecorded()
{
    scripttest::ScriptDir dir;
    const QString script = dir.write(u"flow.js"_s, PausesAndResumes);
    const QString tracePath = dir.path(u"flow.jsonl"_s);
    const scripttest::TracedResult traced = scripttest::runTraced(script, tracePath);
    const scripttest::Result &result = traced.run;
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"client end\n"_s);

    const trace::JsonlReadResult &file = traced.trace;
    QCOMPARE(file.badLines, 0);
    // The accepted socket's three calls; the client's 'data' listener adds none.
    QCOMPARE(flowCallsOf(file).values(),
             QList<QStringList>({{u"pause"_s, u"pause"_s, u"resume"_s}}));
}

void tst_FlowTrace::readBufferLimitPausesAreInternal()
{
    scripttest::ScriptDir dir;
    const QString script = dir.write(u"limit.js"_s, ReadBufferLimit);
    const QString tracePath = dir.path(u"limit.jsonl"_s);
    const scripttest::TracedResult traced = scripttest::runTraced(script, tracePath);
    QCOMPARE(traced.run.err, QString());
    QCOMPARE(traced.run.exitCode, 0);
    QCOMPARE(traced.run.out, u"received 1048576\n"_s);
    QCOMPARE(traced.trace.badLines, 0);

    // Only the client pauses: its two calls, and netcore's own stop at the full buffer and
    // restart once the buffer has emptied, marked internal.
    const QList<QStringList> calls = flowCallsOf(traced.trace).values();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first(),
             QStringList({u"pause"_s, u"pause (internal)"_s, u"resume"_s, u"resume (internal)"_s}));
}

QTEST_GUILESS_MAIN(tst_FlowTrace)
#include "tst_flowtrace.moc"
