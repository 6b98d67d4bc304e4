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

} // namespace

class tst_FlowTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPauseAndResumeOfTheScriptIsRecorded();
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
    QMap<quint64, QStringList> flowCalls; // endpoint id -> its pause/resume calls in order
    for (const trace::TraceRecord &record : file.records) {
        if (record.event == netcore::NetEvent::PauseCall)
            flowCalls[record.endpointId].append(u"pause"_s);
        else if (record.event == netcore::NetEvent::ResumeCall)
            flowCalls[record.endpointId].append(u"resume"_s);
    }
    // The accepted socket's three calls; the client's 'data' listener adds none.
    QCOMPARE(flowCalls.values(), QList<QStringList>({{u"pause"_s, u"pause"_s, u"resume"_s}}));
}

QTEST_GUILESS_MAIN(tst_FlowTrace)
#include "tst_flowtrace.moc"
