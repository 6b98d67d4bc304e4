// The ceiling: the netbench workloads on a plain single-threaded level-triggered epoll loop,
// no Qt, no allocation per event. Same command line and result line as netcore_bench:
//
//   epoll_ceiling <workload> [key=value ...]
//
// Workloads: tcp_throughput, unix_throughput, tcp_pingpong, unix_pingpong,
// tcp_pingpong_1000idle, connect_cycles, idle_5000 (see bench/README.md).
#include "bench_common.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <string>
#include <vector>

namespace {

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "epoll_ceiling: %s: %s\n", what, std::strerror(errno));
    std::exit(1);
}
[[noreturn]] void fail(const std::string &what)
{
    std::fprintf(stderr, "epoll_ceiling: %s\n", what.c_str());
    std::exit(1);
}

enum Role : unsigned char {
    None,
    Listener,
    PingClientConnecting,
    PingClient,
    Echo, // accepted: echoes whatever arrives (idle ones never get anything)
    Sink, // accepted: counts bytes (throughput)
    SenderConnecting,
    Sender,
    IdleConnecting,
    IdleClient,
    CycleClientConnecting,
    CycleClient,
    CycleServer,
};

struct Endpoint
{
    bool unixSocket = false;
    sockaddr_storage addr {};
    socklen_t len = 0;
};

class Loop
{
public:
    Loop()
    {
        m_ep = epoll_create1(EPOLL_CLOEXEC);
        if (m_ep < 0)
            die("epoll_create1");
        m_roles.resize(1024, None);
    }
    void add(int fd, Role role, uint32_t events)
    {
        setRole(fd, role);
        epoll_event ev {};
        ev.events = events;
        ev.data.fd = fd;
        if (epoll_ctl(m_ep, EPOLL_CTL_ADD, fd, &ev) != 0)
            die("epoll_ctl add");
    }
    void modify(int fd, Role role, uint32_t events)
    {
        setRole(fd, role);
        epoll_event ev {};
        ev.events = events;
        ev.data.fd = fd;
        if (epoll_ctl(m_ep, EPOLL_CTL_MOD, fd, &ev) != 0)
            die("epoll_ctl mod");
    }
    void close(int fd)
    {
        setRole(fd, None);
        ::close(fd); // also leaves the epoll set
    }
    Role role(int fd) const { return size_t(fd) < m_roles.size() ? Role(m_roles[fd]) : None; }
    // Level-triggered: handler(fd, events) returns false to drop the rest of this batch
    // (after fds were closed and reused); those events come back on the next wait.
    template<typename Handler> void run(Handler &&handler)
    {
        epoll_event events[256];
        m_stop = false;
        while (!m_stop) {
            int n = epoll_wait(m_ep, events, 256, 1000);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                die("epoll_wait");
            }
            for (int i = 0; i < n && !m_stop; ++i) {
                if (!handler(events[i].data.fd, events[i].events))
                    break;
            }
        }
    }
    void stop() { m_stop = true; }

private:
    void setRole(int fd, Role role)
    {
        if (size_t(fd) >= m_roles.size())
            m_roles.resize(size_t(fd) * 2 + 1, None);
        m_roles[fd] = role;
    }
    int m_ep = -1;
    bool m_stop = false;
    std::vector<unsigned char> m_roles;
};

int makeListener(bool unixSocket, bench::TempDir &tmp, Endpoint *ep)
{
    ep->unixSocket = unixSocket;
    int fd = socket(unixSocket ? AF_UNIX : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        die("socket");
    if (unixSocket) {
        sockaddr_un sun {};
        sun.sun_family = AF_UNIX;
        std::string path = tmp.socketPath("netbench-epoll-");
        std::snprintf(sun.sun_path, sizeof sun.sun_path, "%s", path.c_str());
        std::memcpy(&ep->addr, &sun, sizeof sun);
        ep->len = sizeof sun;
    } else {
        int one = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in sin {};
        sin.sin_family = AF_INET;
        sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        std::memcpy(&ep->addr, &sin, sizeof sin);
        ep->len = sizeof sin;
    }
    if (bind(fd, reinterpret_cast<sockaddr *>(&ep->addr), ep->len) != 0)
        die("bind");
    if (listen(fd, 511) != 0)
        die("listen");
    if (!unixSocket) {
        socklen_t len = sizeof(sockaddr_in);
        getsockname(fd, reinterpret_cast<sockaddr *>(&ep->addr), &len);
    }
    return fd;
}

// Starts a non-blocking connect; the fd becomes writable once it is done.
int startConnect(const Endpoint &ep)
{
    int fd = socket(ep.unixSocket ? AF_UNIX : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
                    0);
    if (fd < 0)
        die("socket");
    if (connect(fd, reinterpret_cast<const sockaddr *>(&ep.addr), ep.len) != 0
        && errno != EINPROGRESS)
        die("connect");
    return fd;
}

void checkConnected(int fd)
{
    int err = 0;
    socklen_t len = sizeof err;
    getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
    if (err != 0) {
        errno = err;
        die("connect (async)");
    }
}

void setNoDelay(int fd, const Endpoint &ep)
{
    if (ep.unixSocket)
        return;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

// Accepts everything pending; calls onAccepted(fd) for each.
template<typename Fn> void acceptAll(int listener, Fn &&onAccepted)
{
    for (;;) {
        int fd = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                return;
            if (errno == ECONNABORTED)
                continue;
            die("accept4");
        }
        onAccepted(fd);
    }
}

// Opens `count` idle connections in batches (each batch up on both ends before the next),
// accepted ends get role `accepted`. Returns when all are up.
void openIdle(Loop &loop, int listener, const Endpoint &ep, long long count, long long batch,
              Role accepted)
{
    long long started = 0, connected = 0, acceptedCount = 0, target = 0;
    auto nextBatch = [&] {
        target = std::min(count, started + batch);
        for (; started < target; ++started)
            loop.add(startConnect(ep), IdleConnecting, EPOLLOUT);
    };
    if (count <= 0)
        return;
    nextBatch();
    bool done = false;
    Loop *l = &loop;
    // A nested run: stop() ends it, then the caller runs the loop again.
    loop.run([&](int fd, uint32_t) {
        switch (l->role(fd)) {
        case Listener:
            acceptAll(listener, [&](int s) {
                l->add(s, accepted, EPOLLIN);
                ++acceptedCount;
            });
            break;
        case IdleConnecting:
            checkConnected(fd);
            l->modify(fd, IdleClient, EPOLLIN);
            ++connected;
            break;
        default: break;
        }
        if (connected >= target && acceptedCount >= target) {
            if (target >= count) {
                done = true;
                l->stop();
            } else {
                nextBatch();
            }
        }
        return true;
    });
    if (!done)
        fail("openIdle did not finish");
}

void throughput(bool unixSocket, const bench::Params &p, const std::string &name)
{
    const long long total = p.num("bytes", 1LL << 30);
    const long long chunkSize = p.num("chunk", 64 * 1024);
    const long long readSize = p.num("readbuf", 64 * 1024);
    std::vector<char> chunk(static_cast<size_t>(chunkSize), 'a');
    std::vector<char> readBuf(static_cast<size_t>(readSize));
    bench::TempDir tmp;
    Endpoint ep;
    Loop loop;
    int listener = makeListener(unixSocket, tmp, &ep);
    loop.add(listener, Listener, EPOLLIN);
    int client = startConnect(ep);
    loop.add(client, SenderConnecting, EPOLLOUT);
    long long sent = 0, received = 0;
    double t0 = 0, ms = 0;
    loop.run([&](int fd, uint32_t) {
        switch (loop.role(fd)) {
        case Listener: acceptAll(listener, [&](int s) { loop.add(s, Sink, EPOLLIN); }); break;
        case SenderConnecting:
            checkConnected(fd);
            loop.modify(fd, Sender, EPOLLOUT);
            t0 = bench::startClock();
            [[fallthrough]];
        case Sender:
            while (sent < total) {
                ssize_t n = ::write(fd, chunk.data() + (sent % chunkSize),
                                    size_t(std::min(chunkSize - sent % chunkSize, total - sent)));
                if (n < 0) {
                    if (errno == EAGAIN || errno == EINTR)
                        break;
                    die("write");
                }
                sent += n;
            }
            if (sent >= total)
                loop.modify(fd, Sender, 0);
            break;
        case Sink:
            for (;;) {
                ssize_t n = ::read(fd, readBuf.data(), readBuf.size());
                if (n < 0) {
                    if (errno == EAGAIN || errno == EINTR)
                        break;
                    die("read");
                }
                if (n == 0)
                    fail("unexpected EOF");
                received += n;
                if (received >= total) {
                    ms = bench::stopClock() - t0;
                    loop.stop();
                    break;
                }
            }
            break;
        default: break;
        }
        return true;
    });
    if (received != total)
        fail("received byte count mismatch");
    bench::printResult("epoll", name, {{"MiB/s", (double(total) / 1048576.0) / (ms / 1000.0)}},
                       {{"bytes", double(total)}, {"ms", ms}});
}

void pingpong(bool unixSocket, long long idle, const bench::Params &p, const std::string &name)
{
    const long long rounds = p.num("rounds", 200000);
    const long long batch = p.num("batch", 500);
    bench::TempDir tmp;
    Endpoint ep;
    Loop loop;
    int listener = makeListener(unixSocket, tmp, &ep);
    loop.add(listener, Listener, EPOLLIN);
    openIdle(loop, listener, ep, idle, batch, Echo);

    int client = startConnect(ep);
    loop.add(client, PingClientConnecting, EPOLLOUT);
    const char ping = 'p';
    char buf[4096];
    long long done = 0;
    double t0 = 0, ms = 0;
    loop.run([&](int fd, uint32_t) {
        switch (loop.role(fd)) {
        case Listener:
            acceptAll(listener, [&](int s) {
                setNoDelay(s, ep);
                loop.add(s, Echo, EPOLLIN);
            });
            break;
        case PingClientConnecting:
            checkConnected(fd);
            setNoDelay(fd, ep);
            loop.modify(fd, PingClient, EPOLLIN);
            t0 = bench::startClock();
            if (::write(fd, &ping, 1) != 1)
                die("write ping");
            break;
        case PingClient: {
            ssize_t n = ::read(fd, buf, sizeof buf);
            if (n < 0) {
                if (errno == EAGAIN || errno == EINTR)
                    break;
                die("read");
            }
            if (n == 0)
                fail("unexpected EOF");
            done += n;
            if (done >= rounds) {
                ms = bench::stopClock() - t0;
                loop.stop();
            } else if (::write(fd, &ping, 1) != 1) {
                die("write ping");
            }
            break;
        }
        case Echo: {
            ssize_t n = ::read(fd, buf, sizeof buf);
            if (n < 0) {
                if (errno == EAGAIN || errno == EINTR)
                    break;
                die("read");
            }
            if (n == 0) {
                loop.close(fd);
                return false;
            }
            if (::write(fd, buf, size_t(n)) != n)
                die("echo write");
            break;
        }
        default: break;
        }
        return true;
    });
    if (done != rounds)
        fail("round trip count mismatch");
    bench::printResult("epoll", name, {{"rt/s", double(rounds) / (ms / 1000.0)}},
                       {{"rounds", double(rounds)}, {"idle", double(idle)}, {"ms", ms}});
}

void connectCycles(bool unixSocket, const bench::Params &p, const std::string &name)
{
    const long long cycles = p.num("cycles", 20000);
    bench::TempDir tmp;
    Endpoint ep;
    Loop loop;
    int listener = makeListener(unixSocket, tmp, &ep);
    loop.add(listener, Listener, EPOLLIN);
    long long done = 0;
    int pending = 0;
    char buf[4096];
    auto startCycle = [&] {
        pending = 2;
        loop.add(startConnect(ep), CycleClientConnecting, EPOLLOUT);
    };
    const double t0 = bench::startClock();
    double ms = 0;
    startCycle();
    loop.run([&](int fd, uint32_t) {
        switch (loop.role(fd)) {
        case Listener:
            acceptAll(listener, [&](int s) {
                ::shutdown(s, SHUT_WR); // the server side ends at once
                loop.add(s, CycleServer, EPOLLIN);
            });
            break;
        case CycleClientConnecting:
            checkConnected(fd);
            ::shutdown(fd, SHUT_WR); // the client ends on connect
            loop.modify(fd, CycleClient, EPOLLIN);
            break;
        case CycleClient:
        case CycleServer: {
            ssize_t n = ::read(fd, buf, sizeof buf);
            if (n < 0) {
                if (errno == EAGAIN || errno == EINTR)
                    break;
                die("read");
            }
            if (n > 0)
                break;
            loop.close(fd); // EOF after our own FIN: closed
            if (--pending == 0) {
                if (++done >= cycles) {
                    ms = bench::stopClock() - t0;
                    loop.stop();
                } else {
                    startCycle();
                }
                return false; // fds were closed and may be reused: drop this batch
            }
            break;
        }
        default: break;
        }
        return true;
    });
    bench::printResult("epoll", name, {{"cycles/s", double(cycles) / (ms / 1000.0)}},
                       {{"cycles", double(cycles)}, {"ms", ms}});
}

void idleMany(bool unixSocket, const bench::Params &p, const std::string &name,
              long long defaultCount)
{
    const long long count = p.num("connections", defaultCount);
    const long long batch = p.num("batch", 500);
    bench::TempDir tmp;
    Endpoint ep;
    Loop loop;
    int listener = makeListener(unixSocket, tmp, &ep);
    loop.add(listener, Listener, EPOLLIN);
    const long long before = bench::rssBytes();
    const double t0 = bench::startClock();
    openIdle(loop, listener, ep, count, batch, Echo);
    const double ms = bench::stopClock() - t0;
    const long long after = bench::rssBytes();
    bench::printResult(
            "epoll", name,
            {{"KiB/conn", double(after - before) / double(count) / 1024.0}, {"establish_ms", ms}},
            {{"connections", double(count)},
             {"rss_before", double(before)},
             {"rss_after", double(after)}});
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <workload> [key=value ...]\n", argv[0]);
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    bench::raiseFileLimit();
    const std::string name = argv[1];
    const bench::Params p(argc, argv, 2);
    alarm(unsigned(p.num("timeout_ms", 300000) / 1000)); // the watchdog: SIGALRM ends us
    const bool unixKind = p.str("kind", "tcp") == "unix";
    if (name == "tcp_throughput")
        throughput(false, p, name);
    else if (name == "unix_throughput")
        throughput(true, p, name);
    else if (name == "tcp_pingpong")
        pingpong(false, 0, p, name);
    else if (name == "unix_pingpong")
        pingpong(true, 0, p, name);
    else if (name == "tcp_pingpong_1000idle")
        pingpong(false, p.num("idle", 1000), p, name);
    else if (name == "connect_cycles")
        connectCycles(unixKind, p, name);
    else if (name == "idle_5000")
        idleMany(unixKind, p, name, 5000);
    else if (name == "idle_20000") // 40,000 descriptors: see bench/run's open-file limit
        idleMany(unixKind, p, name, 20000);
    else
        fail("unknown workload " + name);
    return 0;
}
