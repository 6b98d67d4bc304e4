#pragma once

#include <QObject>

#include <cstdint>
#include <memory>

class QSocketNotifier;

namespace netcore {

// Receives readiness for one file descriptor registered with an EventPoller.
class PollClient
{
public:
    enum Interest : std::uint32_t { None = 0, Read = 1, Write = 2 };
    // events is a combination of Read, Write and HangUp/Error folded into Read|Write,
    // so a client always learns of an error through the syscall it then makes.
    virtual void pollEvent(std::uint32_t events) = 0;

protected:
    ~PollClient() = default;
};

#ifdef __linux__
// epoll_ctl() for a PollClient's descriptor on an epoll set (EPOLL_CTL_ADD or _MOD, with a
// PollClient::Interest); returns 0 or an errno. A descriptor that asks for nothing leaves the
// set, as in libuv: epoll reports errors and hang-ups whatever was asked for, and a client that
// asks for nothing (a paused socket with nothing to send) ignores them, so the loop would wake
// at once, turn after turn. It joins the set again when it asks for something.
int watchInEpollSet(int epollFd, int operation, int fd, PollClient *client, std::uint32_t interest);
#endif

// One kernel readiness set per thread (epoll on Linux) behind a single QSocketNotifier.
// Qt's dispatcher polls every registered notifier on each turn, so thousands of idle sockets
// would each cost time on every wake-up; here they cost nothing until they become ready.
class EventPoller final : public QObject
{
    Q_OBJECT
public:
    // The poller of the calling thread, created on first use and destroyed with the thread.
    static EventPoller *forCurrentThread();

    ~EventPoller() override;

    // Returns 0 or a positive errno.
    int add(int fd, PollClient *client, std::uint32_t interest);
    int modify(int fd, PollClient *client, std::uint32_t interest);
    // Safe to call from inside pollEvent(): pending events for fd are dropped. inKernelSet
    // false: the client's last interest was None, so fd has left the kernel's set already
    // (watchInEpollSet()) and only the pending events are dropped, without a failing
    // epoll_ctl(EPOLL_CTL_DEL): a socket closing after its peer's FIN made two per connection.
    void remove(int fd, PollClient *client, bool inKernelSet = true);

private:
    EventPoller();
    void dispatch();

    struct Backend;
    std::unique_ptr<Backend> m_backend;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace netcore
