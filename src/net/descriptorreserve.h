#pragma once

namespace netcore {

// libuv's answer to a full descriptor table (loop->emfile_fd): each thread that listens
// holds one descriptor in reserve. When accept() fails with EMFILE, the reserve is given back
// for the moment it takes to accept each waiting connection and close it at once, so those
// clients learn at once that the server is overloaded, and the listener is not left ready
// (the loop would spin on it).
class DescriptorReserve final
{
public:
    // The calling thread's reserve, opened on first use and closed when the thread ends.
    static DescriptorReserve &forCurrentThread();

    ~DescriptorReserve();
    DescriptorReserve(const DescriptorReserve &) = delete;
    DescriptorReserve &operator=(const DescriptorReserve &) = delete;

    // Opens the reserve if it is not held (a listener calls this while descriptors are free).
    void replenish();
    // Accepts and closes up to max connections waiting on listenFd with the reserve's slot,
    // then takes the slot back. Returns how many were shed, or -1 when no reserve was held.
    int shedWaitingConnections(int listenFd, int max);

private:
    DescriptorReserve() = default;

    int m_fd = -1;
};

} // namespace netcore
