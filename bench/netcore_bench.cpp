// netcore's side of the netbench benchmark: the same workloads as bench/node/bench.js and
// bench/epoll_ceiling.cpp, server and client in this one process on one Qt event loop.
//
//   netcore_bench <workload> [key=value ...]
//
// Prints one JSON line: {"impl":"netcore","workload":...,"metrics":{...},...}. Exit code 0 on
// success; any mismatch or error, or the watchdog (SIGALRM), ends it with a non-zero code.
#include "bench_common.h"
#include "net/epolleventdispatcher.h"

#include "net/server.h"
#include "net/socket.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using netcore::NetError;
using netcore::Server;
using netcore::Socket;

namespace {

bench::TempDir g_tmp;
std::string g_workload;

[[noreturn]] void fail(const QString &what)
{
    g_tmp.cleanup();
    std::fprintf(stderr, "netcore_bench: %s: %s\n", g_workload.c_str(), qPrintable(what));
    std::fflush(stderr);
    std::_Exit(1);
}

// Prints the result and ends the process at once, as the node script's process.exit() does:
// teardown is not part of any workload.
[[noreturn]] void report(const std::vector<std::pair<std::string, double>> &metrics,
                         const std::vector<std::pair<std::string, double>> &extra = {})
{
    bench::printResult("netcore", g_workload, metrics, extra);
    g_tmp.cleanup();
    std::_Exit(0);
}

void failOnError(Socket *socket, const char *who)
{
    QObject::connect(socket, &Socket::errorOccurred, socket, [who](const NetError &error) {
        fail(QString::fromLatin1(who) + QStringLiteral(": ") + error.message());
    });
}

// Where the clients connect: 127.0.0.1:port or a Unix socket path.
struct Target
{
    bool unixSocket = false;
    int port = 0;
    QString path;

    void connect(Socket *socket) const
    {
        const NetError error = unixSocket ? socket->connectToPath(path)
                                          : socket->connectTo(port, QStringLiteral("127.0.0.1"));
        if (error)
            fail(QStringLiteral("connect: ") + error.message());
    }
};

// Listens on 127.0.0.1:0 or a Unix socket in a temp dir; ready(target) runs once listening.
void listen(Server *server, bool unixSocket, const std::function<void(const Target &)> &ready)
{
    QObject::connect(server, &Server::errorOccurred, server, [](const NetError &error) {
        fail(QStringLiteral("server: ") + error.message());
    });
    auto target = std::make_shared<Target>();
    target->unixSocket = unixSocket;
    QObject::connect(server, &Server::listening, server, [server, target, ready] {
        if (!target->unixSocket)
            target->port = server->address().port();
        ready(*target);
    });
    NetError error;
    if (unixSocket) {
        target->path = QString::fromStdString(g_tmp.socketPath("netbench-netcore-"));
        error = server->listenOnPath(target->path, 511);
    } else {
        error = server->listen(0, QStringLiteral("127.0.0.1"), 511);
    }
    if (error)
        fail(QStringLiteral("listen: ") + error.message());
}

void throughput(bool unixSocket, const bench::Params &p)
{
    const qint64 total = p.num("bytes", 1LL << 30);
    const qint64 chunkSize = p.num("chunk", 64 * 1024);
    const QByteArray chunk(chunkSize, 'a');
    static double t0 = 0;
    static qint64 received = 0;
    static qint64 sent = 0;

    auto *server = new Server(qApp);
    QObject::connect(server, &Server::newConnection, server, [total](Socket *s) {
        failOnError(s, "server socket");
        QObject::connect(s, &Socket::dataReceived, s, [total](const QByteArray &data) {
            received += data.size();
            if (received >= total) {
                const double ms = bench::stopClock() - t0;
                if (received != total)
                    fail(QStringLiteral("received %1 != %2").arg(received).arg(total));
                report({{"MiB/s", (double(total) / 1048576.0) / (ms / 1000.0)}},
                       {{"bytes", double(total)}, {"ms", ms}});
            }
        });
    });
    listen(server, unixSocket, [total, chunkSize, chunk](const Target &target) {
        auto *client = new Socket(qApp);
        failOnError(client, "client");
        auto pump = [client, total, chunkSize, chunk] {
            while (sent < total) {
                const qint64 n = std::min(chunkSize, total - sent);
                sent += n;
                if (!client->write(n == chunkSize ? chunk : chunk.left(n)))
                    return; // drained() calls us again
            }
        };
        QObject::connect(client, &Socket::drained, client, pump);
        QObject::connect(client, &Socket::connected, client, [pump] {
            t0 = bench::startClock();
            pump();
        });
        target.connect(client);
    });
}

// Accepted sockets of the ping-pong and idle workloads: echo what arrives, count arrivals.
struct Accepted
{
    qint64 count = 0;
    std::function<void()> waiter;
};

// Opens `count` connections in batches of `batch` (each batch connected on both ends before
// the next starts); done() runs when all are up. The clients are appended to *clients.
// Lives until the process ends.
class IdleOpener
{
public:
    IdleOpener(const Target &target, qint64 count, qint64 batch, Accepted *accepted,
               std::vector<Socket *> *clients, std::function<void()> done)
        : m_target(target)
        , m_count(count)
        , m_batch(batch)
        , m_accepted(accepted)
        , m_clients(clients)
        , m_done(std::move(done))
    {
        m_accepted->waiter = [this] { check(); };
        // The idle sockets have no errorOccurred handler (the node script has no 'error'
        // listener on them either: the minimum a program needs); a failed connect shows as a
        // batch that never completes.
        m_stall.setSingleShot(true);
        QObject::connect(&m_stall, &QTimer::timeout, &m_stall, [this] {
            fail(QStringLiteral("idle batch stalled: %1 connected, %2 accepted, want %3")
                         .arg(m_connected)
                         .arg(m_accepted->count)
                         .arg(m_batchEnd));
        });
        nextBatch();
    }

private:
    void nextBatch()
    {
        m_scheduled = false;
        if (m_started >= m_count) {
            m_stall.stop();
            m_accepted->waiter = nullptr;
            QTimer::singleShot(0, qApp, m_done);
            return;
        }
        m_batchEnd = std::min(m_count, m_started + m_batch);
        m_stall.start(20000);
        for (; m_started < m_batchEnd; ++m_started) {
            auto *c = new Socket(qApp);
            QObject::connect(c, &Socket::connected, c, [this] {
                ++m_connected;
                check();
            });
            m_clients->push_back(c);
            m_target.connect(c);
        }
    }
    void check()
    {
        if (m_scheduled || m_connected < m_batchEnd || m_accepted->count < m_batchEnd)
            return;
        m_scheduled = true;
        QTimer::singleShot(0, qApp, [this] { nextBatch(); });
    }

    Target m_target;
    qint64 m_count;
    qint64 m_batch;
    Accepted *m_accepted;
    std::vector<Socket *> *m_clients;
    std::function<void()> m_done;
    qint64 m_started = 0;
    qint64 m_connected = 0;
    qint64 m_batchEnd = 0;
    bool m_scheduled = false;
    QTimer m_stall;
};

void openIdle(const Target &target, qint64 count, qint64 batch, Accepted *accepted,
              std::vector<Socket *> *clients, std::function<void()> done)
{
    new IdleOpener(target, count, batch, accepted, clients, std::move(done)); // never freed
}

void pingpong(bool unixSocket, qint64 idle, const bench::Params &p)
{
    const qint64 rounds = p.num("rounds", 200000);
    const qint64 batch = p.num("batch", 500);
    static Accepted accepted;
    static std::vector<Socket *> idleClients;

    netcore::ServerOptions options;
    options.noDelay = true;
    auto *server = new Server(options, qApp);
    QObject::connect(server, &Server::newConnection, server, [](Socket *s) {
        s->setNoDelay(true);
        failOnError(s, "server socket");
        QObject::connect(s, &Socket::dataReceived, s,
                         [s](const QByteArray &data) { s->write(data); });
        ++accepted.count;
        if (accepted.waiter)
            accepted.waiter();
    });
    listen(server, unixSocket, [=](const Target &target) {
        auto run = [target, rounds] {
            static qint64 done = 0;
            static double t0 = 0;
            static const QByteArray one(1, 'p');
            auto *client = new Socket(qApp);
            client->setNoDelay(true);
            failOnError(client, "client");
            QObject::connect(
                    client, &Socket::dataReceived, client,
                    [client, rounds](const QByteArray &data) {
                        done += data.size();
                        if (done >= rounds) {
                            const double ms = bench::stopClock() - t0;
                            if (done != rounds)
                                fail(QStringLiteral("round trips %1 != %2").arg(done).arg(rounds));
                            report({{"rt/s", double(rounds) / (ms / 1000.0)}},
                                   {{"rounds", double(rounds)},
                                    {"idle", double(idleClients.size())},
                                    {"ms", ms}});
                        }
                        client->write(one);
                    });
            QObject::connect(client, &Socket::connected, client, [client] {
                t0 = bench::startClock();
                client->write(one);
            });
            target.connect(client);
        };
        if (idle > 0)
            openIdle(target, idle, batch, &accepted, &idleClients, run);
        else
            run();
    });
}

void connectCycles(bool unixSocket, const bench::Params &p)
{
    static qint64 cycles = 0;
    static qint64 done = 0;
    static int pending = 0;
    static double t0 = 0;
    static Target target;
    cycles = p.num("cycles", 20000);

    static std::function<void()> cycle;
    static auto closedOne = [] {
        if (--pending > 0)
            return;
        if (++done >= cycles) {
            const double ms = bench::stopClock() - t0;
            report({{"cycles/s", double(cycles) / (ms / 1000.0)}},
                   {{"cycles", double(cycles)}, {"ms", ms}});
        }
        cycle();
    };
    cycle = [] {
        pending = 2;
        auto *c = new Socket(qApp);
        failOnError(c, "client");
        QObject::connect(c, &Socket::connected, c, [c] { c->end(); });
        QObject::connect(c, &Socket::closed, c, [c](bool) {
            c->deleteLater();
            closedOne();
        });
        target.connect(c);
    };

    auto *server = new Server(qApp);
    QObject::connect(server, &Server::newConnection, server, [](Socket *s) {
        failOnError(s, "server socket");
        QObject::connect(s, &Socket::closed, s, [s](bool) {
            s->deleteLater();
            closedOne();
        });
        s->end();
    });
    listen(server, unixSocket, [](const Target &t) {
        target = t;
        t0 = bench::startClock();
        cycle();
    });
}

void idleMany(bool unixSocket, const bench::Params &p, qint64 defaultCount)
{
    const qint64 count = p.num("connections", defaultCount);
    const qint64 batch = p.num("batch", 500);
    static Accepted accepted;
    static std::vector<Socket *> clients;
    static std::vector<Socket *> serverSide;
    clients.reserve(size_t(count));
    serverSide.reserve(size_t(count));

    auto *server = new Server(qApp);
    QObject::connect(server, &Server::newConnection, server, [](Socket *s) {
        serverSide.push_back(s); // no handler at all: see IdleOpener
        ++accepted.count;
        if (accepted.waiter)
            accepted.waiter();
    });
    listen(server, unixSocket, [count, batch](const Target &target) {
        // Let the loop settle (the listening turn) before the baseline.
        QTimer::singleShot(100, qApp, [=] {
            const long long before = bench::rssBytes();
            const double t0 = bench::startClock();
            openIdle(target, count, batch, &accepted, &clients, [=] {
                const double ms = bench::stopClock() - t0;
                QTimer::singleShot(100, qApp, [=] {
                    const long long after = bench::rssBytes();
                    if (qint64(clients.size()) != count || qint64(serverSide.size()) != count)
                        fail(QStringLiteral("connections %1/%2 != %3")
                                     .arg(clients.size())
                                     .arg(serverSide.size())
                                     .arg(count));
                    report({{"KiB/conn", double(after - before) / double(count) / 1024.0},
                            {"establish_ms", ms}},
                           {{"connections", double(count)},
                            {"rss_before", double(before)},
                            {"rss_after", double(after)}});
                });
            });
        });
    });
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <workload> [key=value ...]\n", argv[0]);
        return 2;
    }
    std::signal(SIGPIPE, SIG_IGN);
    bench::raiseFileLimit();
    g_workload = argv[1];
    const bench::Params p(argc, argv, 2);
    alarm(unsigned(p.num("timeout_ms", 300000) / 1000)); // the watchdog: SIGALRM ends us

    // Only the first argument reaches Qt: the key=value parameters are ours.
    int qtArgc = 1;
    // netcore's own epoll dispatcher, as netbench's headless modes; NETBENCH_EVENT_DISPATCHER=qt
    // keeps Qt's.
    if (QAbstractEventDispatcher *dispatcher = netcore::EpollEventDispatcher::createIfChosen())
        QCoreApplication::setEventDispatcher(dispatcher);
    QCoreApplication app(qtArgc, argv);
    const bool unixKind = p.str("kind", "tcp") == "unix";
    const std::string &w = g_workload;
    if (w == "tcp_throughput")
        throughput(false, p);
    else if (w == "unix_throughput")
        throughput(true, p);
    else if (w == "tcp_pingpong")
        pingpong(false, 0, p);
    else if (w == "unix_pingpong")
        pingpong(true, 0, p);
    else if (w == "tcp_pingpong_1000idle")
        pingpong(false, p.num("idle", 1000), p);
    else if (w == "connect_cycles")
        connectCycles(unixKind, p);
    else if (w == "idle_5000")
        idleMany(unixKind, p, 5000);
    else if (w == "idle_20000") // 40,000 descriptors: see bench/run's open-file limit
        idleMany(unixKind, p, 20000);
    else
        fail(QStringLiteral("unknown workload"));
    return app.exec();
}
