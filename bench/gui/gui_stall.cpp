// The window under load (issue: "the GUI thread never stalls for more than 100 ms at >= 50,000
// events/s, and memory stays bounded"). Opens the real main window, makes a discard listener
// and a client on 127.0.0.1 through the engine, and lets the client write 4 KiB chunks as fast
// as backpressure allows for --seconds. Meanwhile a 5 ms timer on the GUI thread measures how
// late it fires (the stall), and the process's resident memory is sampled.
//
//   gui_stall [--seconds N] [--chunk BYTES] [--ring RECORDS] [--json]
//
// Run it under Xvfb (bench/gui/run) or with QT_QPA_PLATFORM=offscreen.
//
// The probe's lateness is what a user feels; it also includes time the GUI thread waited for
// a CPU (the engine thread runs one core flat out, the X server wants one too). The longest
// single event the GUI thread handled, and its CPU share, say what is the window's own doing.

#include "gui/endpointtreemodel.h"
#include "gui/mainwindow.h"
#include "session/enginethread.h"
#include "timedapplication.h"
#include "windowdriver.h"

#include "net/server.h"
#include "net/socket.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// CPU time of the calling thread, in ms.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Keeps the socket's queue full: write until write() says stop, again on every 'drain'.
void pump(netcore::Socket *socket, const QByteArray &chunk, const QElapsedTimer *clock,
          qint64 untilMs)
{
    const auto fill = [socket, chunk, clock, untilMs] {
        if (clock->elapsed() >= untilMs) {
            socket->end();
            return;
        }
        while (socket->write(chunk)) { }
    };
    QObject::connect(socket, &netcore::Socket::drained, socket, fill);
    QObject::connect(socket, &netcore::Socket::connected, socket, fill);
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    QApplication::setApplicationName(u"netbench-gui-stall"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"seconds"_s, u"How long the client writes."_s, u"N"_s, u"10"_s});
    parser.addOption({u"chunk"_s, u"Bytes per write()."_s, u"BYTES"_s, u"4096"_s});
    parser.addOption({u"json"_s, u"One JSON line instead of text."_s});
    parser.process(app);
    const int seconds = parser.value(u"seconds"_s).toInt();
    const QByteArray chunk(parser.value(u"chunk"_s).toInt(), 'x');

    gui::MainWindow window;
    windowdriver::answerQuestionsYes(window);
    window.resize(1280, 800);
    window.show();
    session::EngineThread *engine = window.engineThread();

    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    listener.autoReply = session::AutoReply::Discard;
    const int port = windowdriver::startListener(window, listener);
    if (port <= 0) {
        std::fputs("gui_stall: the listener did not start\n", stderr);
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    const qint64 untilMs = qint64(seconds) * 1000;
    // The client is made on the engine thread so the pump can hook it before it connects.
    engine->post([port, chunk, &clock, untilMs](session::Engine &e) {
        session::ClientSpec client;
        client.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
        e.createClient(client);
        for (netcore::Socket *socket : e.findChildren<netcore::Socket *>())
            pump(socket, chunk, &clock, untilMs);
    });

    // The client selected, as a user watching it would: the inspector and the conversation
    // refresh while it runs.
    QTimer::singleShot(200, &window, [&window] {
        const gui::EndpointTreeModel *model = window.endpointModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(gui::EndpointTreeModel::KindRole).toInt()
                == int(netcore::EndpointKind::Socket))
                window.selectEndpoint(index.data(gui::EndpointTreeModel::IdRole).toULongLong());
        }
    });

    // The stall probe: how late does a 5 ms timer fire on the GUI thread?
    std::vector<qint64> lateness;
    lateness.reserve(size_t(seconds) * 250);
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        lateness.push_back(qMax<qint64>(0, sinceTick.nsecsElapsed() / 1000 - 5000));
        sinceTick.restart();
    });
    probe.start();

    qint64 maxRss = 0;
    const qint64 startRss = residentKiB();
    QTimer sampler;
    sampler.setInterval(250);
    QObject::connect(&sampler, &QTimer::timeout, [&] { maxRss = qMax(maxRss, residentKiB()); });
    sampler.start();

    const quint64 startSeq = engine->recorder().lastSeq();
    const double startCpuMs = threadCpuMs();
    QTimer::singleShot(int(untilMs) + 500, &app, &QCoreApplication::quit);
    app.exec();
    const double elapsedS = double(clock.elapsed()) / 1000.0;
    const double guiCpuPercent = (threadCpuMs() - startCpuMs) / (elapsedS * 10.0);
    const quint64 events = engine->recorder().lastSeq() - startSeq;

    std::sort(lateness.begin(), lateness.end());
    const auto percentile = [&](double p) {
        return lateness.empty()
                ? 0.0
                : double(lateness[size_t(p * double(lateness.size() - 1))]) / 1000.0;
    };
    const double maxStallMs = lateness.empty() ? 0.0 : double(lateness.back()) / 1000.0;
    const double eventsPerSecond = double(events) / elapsedS;
    const qint64 endRss = residentKiB();
    std::sort(app.slowest.begin(), app.slowest.end(),
              [](const auto &a, const auto &b) { return a.us > b.us; });
    const double longestEventMs = app.slowest.empty() ? 0.0 : double(app.slowest[0].us) / 1000.0;
    if (parser.isSet(u"json"_s)) {
        std::printf("{\"workload\":\"gui_stall\",\"seconds\":%.1f,\"events\":%llu,"
                    "\"events_per_s\":%.0f,\"stall_max_ms\":%.1f,\"stall_p99_ms\":%.1f,"
                    "\"longest_event_ms\":%.1f,\"gui_cpu_percent\":%.0f,"
                    "\"rss_start_mib\":%.1f,\"rss_max_mib\":%.1f,\"rss_end_mib\":%.1f,"
                    "\"ring_records\":%lld}\n",
                    elapsedS, static_cast<unsigned long long>(events), eventsPerSecond, maxStallMs,
                    percentile(0.99), longestEventMs, guiCpuPercent, double(startRss) / 1024.0,
                    double(maxRss) / 1024.0, double(endRss) / 1024.0,
                    static_cast<long long>(engine->recorder().size()));
    } else {
        std::printf("gui_stall: %.1f s, %llu events recorded (%.0f events/s)\n", elapsedS,
                    static_cast<unsigned long long>(events), eventsPerSecond);
        std::printf("  GUI thread lateness of a 5 ms timer: max %.1f ms, p99 %.1f ms, "
                    "median %.2f ms (target: max <= 100 ms)\n",
                    maxStallMs, percentile(0.99), percentile(0.5));
        std::printf("  resident memory: start %.1f MiB, max %.1f MiB, end %.1f MiB; ring holds "
                    "%lld records\n",
                    double(startRss) / 1024.0, double(maxRss) / 1024.0, double(endRss) / 1024.0,
                    static_cast<long long>(engine->recorder().size()));
        std::printf("  GUI thread busy %.0f%% of the time (its CPU time); longest single event "
                    "%.1f ms\n",
                    guiCpuPercent, longestEventMs);
        std::printf("  slowest GUI-thread events (>= 20 ms):\n");
        for (size_t i = 0; i < std::min<size_t>(8, app.slowest.size()); ++i)
            std::printf("    %6.1f ms  %s\n", double(app.slowest[i].us) / 1000.0,
                        app.slowest[i].what.constData());
    }
    window.close();
    return (eventsPerSecond >= 50000 && maxStallMs <= 100) ? 0 : 3;
}
