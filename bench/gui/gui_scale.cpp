// The window with many live connections (issue 13, "scale rows"): the window's engine opens a
// listener and N clients to it (both ends are the window's, so the Endpoints tree holds 2N + 1
// rows), lets them sit idle, then closes them all as Close All does. Meanwhile a 1 ms timer on
// the GUI thread measures the longest gap between its ticks (the stall a user feels) in each
// phase, and the program reports how long the tree took to show them all open and all closed.
//
//   gui_scale [--connections N] [--batch B] [--idle-seconds S] [--json]
//
// The clients are made as the New Client dialog's "Open N connections" makes them, B at a time
// (each batch up on both ends before the next, to stay under the listen backlog). Both ends in
// one process need 2N descriptors: N is cut to what the open-file limit allows, and the result
// says the N that ran. Run it under Xvfb (bench/gui/run-scale) or QT_QPA_PLATFORM=offscreen.

#include "../bench_common.h"
#include "gui/endpointtreemodel.h"
#include "gui/mainwindow.h"
#include "session/enginethread.h"
#include "timedapplication.h"
#include "windowdriver.h"

#include "net/server.h"
#include "net/socket.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

enum Phase { Connecting, Idle, Closing, PhaseCount };
constexpr std::array<const char *, PhaseCount> PhaseNames {"connect", "idle", "close"};

// On the engine thread: opens `count` clients to the window's one listener, `batch` at a time
// (the next batch when every socket of this one is connected and accepted). done() runs on the
// engine thread when all are up.
class BatchOpener final : public QObject
{
public:
    BatchOpener(session::Engine &engine, int port, int count, int batch, std::function<void()> done)
        : QObject(&engine)
        , m_engine(engine)
        , m_port(port)
        , m_count(count)
        , m_batch(batch)
        , m_done(std::move(done))
    {
        const auto servers = engine.findChildren<netcore::Server *>(Qt::FindDirectChildrenOnly);
        connect(servers.constFirst(), &netcore::Server::newConnection, this, [this] {
            ++m_accepted;
            check();
        });
        for (netcore::Socket *socket :
             engine.findChildren<netcore::Socket *>(Qt::FindDirectChildrenOnly))
            m_seen.insert(socket);
        nextBatch();
    }

private:
    void nextBatch()
    {
        if (m_started >= m_count) {
            m_done();
            deleteLater();
            return;
        }
        const int size = std::min(m_batch, m_count - m_started);
        m_started += size;
        session::ClientSpec client;
        client.connect = netcore::ConnectOptions::tcp(m_port, u"127.0.0.1"_s);
        client.connections = size;
        m_engine.createClient(client);
        // The engine made them as its children: count each one's connect.
        for (netcore::Socket *socket :
             m_engine.findChildren<netcore::Socket *>(Qt::FindDirectChildrenOnly)) {
            if (m_seen.contains(socket))
                continue;
            m_seen.insert(socket);
            connect(socket, &netcore::Socket::connected, this, [this] {
                ++m_connected;
                check();
            });
        }
    }
    void check()
    {
        if (m_connected < m_started || m_accepted < m_started)
            return;
        QTimer::singleShot(0, this, [this] { nextBatch(); });
    }

    session::Engine &m_engine;
    int m_port;
    int m_count;
    int m_batch;
    std::function<void()> m_done;
    int m_started = 0;
    int m_connected = 0;
    int m_accepted = 0;
    QSet<netcore::Socket *> m_seen;
};

// Every row of the tree is open (the listener: listening), read through the model's API as
// the view reads it.
bool treeShowsAllOpen(const gui::EndpointTreeModel &model, int expectedRows)
{
    if (model.endpointCount() != expectedRows || model.liveCount() != expectedRows)
        return false;
    const auto open = [](const QModelIndex &index) {
        const auto state = gui::EndpointTreeModel::State(
                index.data(gui::EndpointTreeModel::StateRole).toInt());
        return state == gui::EndpointTreeModel::State::Open
                || state == gui::EndpointTreeModel::State::Listening;
    };
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex top = model.index(row, 0);
        if (!open(top))
            return false;
        for (int child = 0; child < model.rowCount(top); ++child) {
            if (!open(model.index(child, 0, top)))
                return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    const long long fileLimit = bench::raiseFileLimit();
    TimedApplication app(argc, argv);
    QApplication::setApplicationName(u"netbench-gui-scale"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"connections"_s, u"Clients to open (each also an accepted socket)."_s,
                      u"N"_s, u"10000"_s});
    parser.addOption({u"batch"_s, u"Clients per batch."_s, u"B"_s, u"500"_s});
    parser.addOption({u"idle-seconds"_s, u"How long they sit idle."_s, u"S"_s, u"3"_s});
    parser.addOption({u"json"_s, u"One JSON line instead of text."_s});
    parser.process(app);
    const int wanted = parser.value(u"connections"_s).toInt();
    const int batch = std::max(1, parser.value(u"batch"_s).toInt());
    const int idleMs = int(parser.value(u"idle-seconds"_s).toDouble() * 1000);
    // Two descriptors per connection, and a few hundred for the window, the engine and Xvfb's.
    const int allowed = int(std::max(0LL, (fileLimit - 400) / 2 / 100 * 100));
    const int count = std::min(wanted, allowed);
    if (count < wanted)
        std::fprintf(stderr,
                     "gui_scale: the open-file limit is %lld: %d connections instead of %d\n",
                     fileLimit, count, wanted);
    const int expectedRows = 2 * count + 1;
    app.thresholdUs = 10000;

    gui::MainWindow window;
    windowdriver::answerQuestionsYes(window);
    window.resize(1280, 800);
    window.show();
    session::EngineThread *engine = window.engineThread();
    const gui::EndpointTreeModel *model = window.endpointModel();

    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    const int port = windowdriver::startListener(window, listener);
    if (port <= 0) {
        std::fputs("gui_scale: the listener did not start\n", stderr);
        return 1;
    }
    windowdriver::settle(200); // the listener's rows and the window's first paints

    // The probe: the longest gap between two ticks of a 1 ms timer, per phase.
    Phase phase = Connecting;
    std::array<qint64, PhaseCount> worstGapUs {};
    std::array<double, PhaseCount> guiCpuMs {};
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        worstGapUs[phase] = std::max(worstGapUs[phase], sinceTick.nsecsElapsed() / 1000);
        sinceTick.restart();
    });

    QElapsedTimer clock; // since the phase began
    QElapsedTimer run;   // since the first batch; read by the engine thread too
    std::atomic<qint64> engineUpMs {-1};
    qint64 shownMs = -1;
    qint64 closedMs = -1;
    double phaseCpuStart = 0;
    const auto enter = [&](Phase next) {
        const double now = threadCpuMs();
        guiCpuMs[phase] = now - phaseCpuStart;
        phaseCpuStart = now;
        phase = next;
        clock.restart();
    };

    // Each phase ends when the tree shows it: a 10 ms check (cheap until the counts match).
    QTimer watcher;
    watcher.setInterval(10);
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        if (phase == Connecting && treeShowsAllOpen(*model, expectedRows)) {
            shownMs = clock.elapsed();
            enter(Idle);
            QTimer::singleShot(idleMs, &app, [&] {
                enter(Closing);
                engine->post([](session::Engine &e) { e.closeAll(); });
            });
        } else if (phase == Closing && model->liveCount() == 0) {
            closedMs = clock.elapsed();
            enter(PhaseCount);
            app.quit();
        }
    });

    const double rssBefore = double(bench::rssBytes());
    double rssShown = 0;
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        if (phase == Idle && rssShown == 0)
            rssShown = double(bench::rssBytes());
    });
    QTimer::singleShot(300000, &app, [&] {
        std::fprintf(stderr, "gui_scale: watchdog: phase %s did not end in time (%d rows)\n",
                     phase < PhaseCount ? PhaseNames[phase] : "end", model->endpointCount());
        std::fflush(stderr);
        std::_Exit(1);
    });

    phaseCpuStart = threadCpuMs();
    run.start();
    clock.start();
    sinceTick.start();
    probe.start();
    watcher.start();
    engine->post([port, count, batch, &engineUpMs, &run](session::Engine &e) {
        new BatchOpener(e, port, count, batch, [&engineUpMs, &run] { engineUpMs = run.elapsed(); });
    });
    app.exec();

    std::sort(app.slowest.begin(), app.slowest.end(),
              [](const auto &a, const auto &b) { return a.us > b.us; });
    const double longestEventMs = app.slowest.empty() ? 0.0 : double(app.slowest[0].us) / 1000.0;
    const auto ms = [](qint64 us) { return double(us) / 1000.0; };
    const double kibPerRow = (rssShown - rssBefore) / 1024.0 / double(expectedRows);
    if (parser.isSet(u"json"_s)) {
        std::printf("{\"impl\":\"gui\",\"workload\":\"gui_10000\",\"metrics\":{\"show_ms\":%lld,"
                    "\"stall_connect_ms\":%.1f,\"stall_idle_ms\":%.1f,\"stall_close_ms\":%.1f,"
                    "\"close_ms\":%lld},\"connections\":%d,\"engine_up_ms\":%lld,"
                    "\"longest_event_ms\":%.1f,\"gui_cpu_connect_ms\":%.0f,"
                    "\"gui_cpu_idle_ms\":%.0f,\"gui_cpu_close_ms\":%.0f,\"kib_per_row\":%.2f}\n",
                    static_cast<long long>(shownMs), ms(worstGapUs[Connecting]),
                    ms(worstGapUs[Idle]), ms(worstGapUs[Closing]), static_cast<long long>(closedMs),
                    count, static_cast<long long>(engineUpMs.load()), longestEventMs,
                    guiCpuMs[Connecting], guiCpuMs[Idle], guiCpuMs[Closing], kibPerRow);
    } else {
        std::printf("gui_scale: %d connections (%d rows in the tree)\n", count, expectedRows);
        std::printf("  connect: all up on the engine after %lld ms, all shown open after %lld ms; "
                    "longest GUI stall %.1f ms, GUI CPU %.0f ms\n",
                    static_cast<long long>(engineUpMs.load()), static_cast<long long>(shownMs),
                    ms(worstGapUs[Connecting]), guiCpuMs[Connecting]);
        std::printf("  idle %.1f s: longest GUI stall %.1f ms, GUI CPU %.0f ms\n",
                    double(idleMs) / 1000.0, ms(worstGapUs[Idle]), guiCpuMs[Idle]);
        std::printf("  close all: shown closed after %lld ms; longest GUI stall %.1f ms, GUI CPU "
                    "%.0f ms\n",
                    static_cast<long long>(closedMs), ms(worstGapUs[Closing]), guiCpuMs[Closing]);
        std::printf("  resident memory: %.2f KiB per row (the whole process)\n", kibPerRow);
        std::printf("  slowest GUI-thread events (>= 10 ms):\n");
        for (size_t i = 0; i < std::min<size_t>(10, app.slowest.size()); ++i)
            std::printf("    %6.1f ms  %s\n", double(app.slowest[i].us) / 1000.0,
                        app.slowest[i].what.constData());
    }
    window.close();
    return 0;
}
