// The sequence diagram with a long trace: records a real loopback conversation of at least
// --records records (a client writing small chunks to a server on 127.0.0.1, plus several
// short connections), then times what the window does with them:
//   - appending them in the feed's batches of 8,000 (SequenceLayout::append),
//   - painting one frame of the view at the top, the middle and the end (the average of 20),
//   - rebuilding after a filter change (hide data, then show it again),
//   - writing the SVG of 2,000 rows.
//
//   sequence_bench [--records N]
//
// Run with QT_QPA_PLATFORM=offscreen (or under Xvfb).

#include "gui/sequencediagramwidget.h"
#include "gui/sequencesvgexport.h"
#include "gui/sequenceview.h"

#include "net/server.h"
#include "net/socket.h"
#include "trace/tracerecorder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

template<typename Condition> void waitFor(Condition condition, int ms)
{
    if (!QTest::qWaitFor(condition, ms)) {
        std::fprintf(stderr, "sequence_bench: the conversation stalled\n");
        std::exit(1);
    }
}

QList<trace::TraceRecord> recordConversation(qsizetype wanted)
{
    trace::RecorderOptions options;
    options.ringCapacity = wanted + 10'000;
    options.captureTranscripts = false;
    trace::TraceRecorder recorder(options);
    netcore::NetObserver::install(&recorder);
    {
        netcore::Server server;
        QList<netcore::Socket *> accepted;
        QObject::connect(&server, &netcore::Server::newConnection,
                         [&accepted](netcore::Socket *s) { accepted.append(s); });
        server.listen(0, u"127.0.0.1"_s);
        waitFor([&] { return server.isListening(); }, 5000);
        // A few short connections, so there are several lanes.
        for (int i = 0; i < 8; ++i) {
            netcore::Socket c;
            c.connectTo(server.address().port(), u"127.0.0.1"_s);
            waitFor([&] { return c.readyState() == u"open"_s; }, 5000);
            c.write(QByteArray("hi"));
            c.end();
            waitFor([&] { return c.isDestroyed(); }, 5000);
        }
        netcore::Socket client;
        client.connectTo(server.address().port(), u"127.0.0.1"_s);
        waitFor([&] { return client.readyState() == u"open"_s; }, 5000);
        const QByteArray chunk(48, 'x');
        quint64 last = 0;
        while (last < quint64(wanted)) {
            for (int i = 0; i < 200; ++i)
                client.write(chunk);
            QCoreApplication::processEvents();
            const QList<trace::TraceRecord> fresh = recorder.eventsSince(last);
            if (!fresh.isEmpty())
                last = fresh.constLast().seq;
        }
        client.end();
        waitFor([&] { return client.isDestroyed(); }, 5000);
    }
    netcore::NetObserver::install(nullptr);
    return recorder.eventsSince(0);
}

double paintMs(gui::SequenceView *view, int scrollValue)
{
    view->verticalScrollBar()->setValue(scrollValue);
    QElapsedTimer t;
    t.start();
    constexpr int Frames = 20;
    for (int i = 0; i < Frames; ++i)
        view->viewport()->repaint();
    return double(t.nsecsElapsed()) / 1e6 / Frames;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
            {u"records"_s, u"Records to record and show (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.process(app);
    const qsizetype wanted = parser.value(u"records"_s).toLongLong();

    const QList<trace::TraceRecord> records = recordConversation(wanted);
    std::printf("records                 %lld\n", qlonglong(records.size()));

    gui::SequenceDiagramWidget diagram;
    diagram.resize(1200, 800);
    diagram.show();
    if (!QTest::qWaitForWindowExposed(&diagram))
        return 1;

    QElapsedTimer t;
    t.start();
    constexpr qsizetype Batch = 8000; // EventFeed's largest pull
    for (qsizetype i = 0; i < records.size(); i += Batch)
        diagram.appendRecords(records.mid(i, Batch));
    std::printf("append (batches of %lld) %.1f ms  (%lld rows, %lld lanes)\n", qlonglong(Batch),
                double(t.nsecsElapsed()) / 1e6, qlonglong(diagram.layout().itemCount()),
                qlonglong(diagram.layout().lanes().size()));

    // The layout alone, without the widget: all at once, then a rebuild (a filter change).
    gui::SequenceLayout layout;
    t.restart();
    layout.append(records);
    const double once = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    layout.setOptions({false, true});
    std::printf("layout alone: append    %.1f ms, rebuild %.1f ms\n", once,
                double(t.nsecsElapsed()) / 1e6);

    gui::SequenceView *view = diagram.view();
    const int end = view->verticalScrollBar()->maximum();
    std::printf("paint one frame, top    %.2f ms\n", paintMs(view, 0));
    std::printf("paint one frame, middle %.2f ms\n", paintMs(view, end / 2));
    std::printf("paint one frame, end    %.2f ms\n", paintMs(view, end));

    t.restart();
    diagram.setHideData(true);
    const double hide = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    diagram.setHideData(false);
    std::printf("filter: hide data       %.1f ms, show again %.1f ms\n", hide,
                double(t.nsecsElapsed()) / 1e6);

    t.restart();
    const QByteArray svg = gui::sequenceSvg(diagram.layout(), view->geometry(), 0, 2000);
    std::printf("SVG of 2000 rows        %.1f ms (%lld KiB)\n", double(t.nsecsElapsed()) / 1e6,
                qlonglong(svg.size() / 1024));
    return 0;
}
