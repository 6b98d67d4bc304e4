// What a script's writes did, as netbench shows it: every write record of the trace carries
// exactly what the script's write() returned and the bufferSize it saw right after the call,
// also while connecting (where the answer is decided before anything is sent); and
// socket.kernelInfo() counts the segments the writes left in.

#include "scripttest.h"

#include <trace/tracerecorder.h>

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray WritesUntilFalse = R"(
const net = require('net');
const server = net.createServer({ pauseOnConnect: true }, function () { server.close(); });
server.listen(0, '127.0.0.1', function () {
    const client = net.connect(server.address().port, '127.0.0.1');
    function write(chunk) {
        const ok = client.write(chunk);
        console.log(ok + ' ' + client.bufferSize);
        return ok;
    }
    write('\u20ac'.repeat(6000));  // 18000 bytes, 6000 characters: below the mark
    write('hello');
    write(Buffer.alloc(20000, 'c'));
    client.on('connect', function () {
        let n = 0;
        while (write(Buffer.alloc(65536, 'x')) && n < 4096)
            n++;
        client.destroy();
    });
});
)";

const QByteArray CountsSegments = R"(
const net = require('net');
let received = 0;
const server = net.createServer(function (accepted) {
    server.close();
    accepted.on('data', function (chunk) {
        received += chunk.length;
        if (received < 10)
            return;
        const peer = accepted.kernelInfo();
        const info = client.kernelInfo();
        console.log(info.dataSegmentsOut >= 1 && info.dataSegmentsOut <= info.segmentsOut,
                    info.segmentsOut > before.segmentsOut, peer.dataSegmentsIn >= 1,
                    typeof info.delivered, info.lost);
        client.destroy();
    });
});
let client, before;
server.listen(0, '127.0.0.1', function () {
    client = net.connect({ port: server.address().port, host: '127.0.0.1', noDelay: true });
    client.on('connect', function () {
        before = client.kernelInfo();
        if (before.segmentsOut === undefined) {
            console.log('no counters');
            process.exit(0);
        }
        for (let i = 0; i < 10; i++)
            client.write('n');
    });
});
)";

} // namespace

class tst_WriteTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeRecordsMatchWhatTheScriptSaw();
    void kernelInfoCountsSegments();
};

void tst_WriteTrace::writeRecordsMatchWhatTheScriptSaw()
{
    scripttest::ScriptDir dir;
    const QString script = dir.write(u"writes.js"_s, WritesUntilFalse);
    const QString tracePath = dir.path(u"writes.jsonl"_s);
    const scripttest::TracedResult traced = scripttest::runTraced(script, tracePath);
    const scripttest::Result &result = traced.run;
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);

    QStringList seen = result.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(seen.size() >= 4, qPrintable(result.out));
    QCOMPARE(seen.at(0), u"true 6000"_s);
    QCOMPARE(seen.at(1), u"true 6005"_s);
    QCOMPARE(seen.at(2), u"false 26005"_s);
    QVERIFY2(seen.constLast().startsWith(u"false "_s), qPrintable(seen.constLast()));

    QStringList recorded;
    const trace::JsonlReadResult &file = traced.trace;
    QCOMPARE(file.badLines, 0);
    for (const trace::TraceRecord &record : file.records) {
        if (record.event != netcore::NetEvent::WriteCall)
            continue;
        QVERIFY(record.write.isSet());
        QCOMPARE(record.write.highWaterMark, 16384);
        recorded.append(u"%1 %2"_s.arg(record.write.accepted == 1 ? u"true"_s : u"false"_s)
                                .arg(record.write.bufferSize));
    }
    QCOMPARE(recorded, seen);
}

void tst_WriteTrace::kernelInfoCountsSegments()
{
    scripttest::ScriptDir dir;
    const scripttest::Result result = scripttest::run(dir.write(u"segments.js"_s, CountsSegments));
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    if (result.out == u"no counters\n"_s)
        QSKIP("this kernel has no TCP_INFO segment counters (Linux 4.18 and later)");
    QCOMPARE(result.out, u"true true true number 0\n"_s);
}

QTEST_GUILESS_MAIN(tst_WriteTrace)
#include "tst_writetrace.moc"
