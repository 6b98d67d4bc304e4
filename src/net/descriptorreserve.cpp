#include "descriptorreserve.h"

#include "syscalls.h"

#include <cerrno>

namespace netcore {

DescriptorReserve &DescriptorReserve::forCurrentThread()
{
    thread_local DescriptorReserve reserve;
    return reserve;
}

DescriptorReserve::~DescriptorReserve()
{
    if (m_fd >= 0)
        sys::closeSocket(m_fd);
}

void DescriptorReserve::replenish()
{
    if (m_fd < 0)
        m_fd = sys::openSpareDescriptor();
}

int DescriptorReserve::shedWaitingConnections(int listenFd, int max)
{
    if (m_fd < 0)
        return -1;
    sys::closeSocket(m_fd);
    m_fd = -1;
    int shed = 0;
    while (shed < max) {
        const int fd = sys::acceptConnection(listenFd);
        if (fd < 0)
            break; // EAGAIN: none left; anything else: the next readiness tells
        sys::closeSocket(fd);
        ++shed;
    }
    // Another thread may have taken the freed slot; then the next shortage has no reserve.
    replenish();
    return shed;
}

} // namespace netcore
