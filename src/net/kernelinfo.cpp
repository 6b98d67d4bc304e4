#include "kernelinfo.h"

#include <cerrno>
#include <cstddef>
#include <sys/socket.h>

#ifdef __linux__
// The kernel's struct tcp_info: glibc's copy in <netinet/tcp.h> stops before the segment
// counters. The two headers cannot be included together.
#include <linux/sockios.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#endif

namespace netcore {

namespace {

int intOption(int fd, int level, int name)
{
    int value = -1;
    socklen_t length = sizeof(value);
    if (::getsockopt(fd, level, name, &value, &length) != 0)
        return -1;
    return value;
}

#ifdef __linux__
QString tcpStateName(unsigned state)
{
    static const char *const names[]
            = {"",          "ESTABLISHED", "SYN_SENT",   "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2",
               "TIME_WAIT", "CLOSE",       "CLOSE_WAIT", "LAST_ACK", "LISTEN",    "CLOSING"};
    if (state < std::size(names))
        return QLatin1StringView(names[state]);
    return QString::number(state);
}

void readTcpInfo(int fd, KernelInfo *info)
{
    tcp_info tcp {};
    socklen_t length = sizeof(tcp);
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &tcp, &length) != 0)
        return;
    info->hasTcpInfo = true;
    info->tcpState = tcpStateName(tcp.tcpi_state);
    info->rttMicros = tcp.tcpi_rtt;
    info->rttVarMicros = tcp.tcpi_rttvar;
    info->sendCongestionWindow = tcp.tcpi_snd_cwnd;
    info->retransmits = tcp.tcpi_total_retrans;
    info->pathMtu = tcp.tcpi_pmtu;
    info->lost = tcp.tcpi_lost;
    // An older kernel fills less of the struct and says how much in length.
    constexpr size_t countersEnd = offsetof(tcp_info, tcpi_delivered) + sizeof(tcp.tcpi_delivered);
    if (length >= countersEnd) {
        info->hasSegmentCounters = true;
        info->segmentsOut = tcp.tcpi_segs_out;
        info->segmentsIn = tcp.tcpi_segs_in;
        info->dataSegmentsOut = tcp.tcpi_data_segs_out;
        info->dataSegmentsIn = tcp.tcpi_data_segs_in;
        info->delivered = tcp.tcpi_delivered;
    }
    info->noDelay = intOption(fd, IPPROTO_TCP, TCP_NODELAY) > 0;
    info->keepAliveIdleSeconds = intOption(fd, IPPROTO_TCP, TCP_KEEPIDLE);
}
#endif

} // namespace

KernelInfo readKernelInfo(int fd)
{
    KernelInfo info;
#ifdef __linux__
    info.available = true;
    info.sendBufferSize = intOption(fd, SOL_SOCKET, SO_SNDBUF);
    info.receiveBufferSize = intOption(fd, SOL_SOCKET, SO_RCVBUF);
    info.keepAlive = intOption(fd, SOL_SOCKET, SO_KEEPALIVE) > 0;
    int queued = 0;
    if (::ioctl(fd, SIOCOUTQ, &queued) == 0)
        info.unsentBytes = queued;
    if (::ioctl(fd, SIOCINQ, &queued) == 0)
        info.unreadBytes = queued;
    readTcpInfo(fd, &info);
#else
    Q_UNUSED(fd);
#endif
    return info;
}

int setSendBufferSize(int fd, int bytes)
{
    return ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &bytes, sizeof(bytes)) == 0 ? 0 : errno;
}

int setReceiveBufferSize(int fd, int bytes)
{
    return ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &bytes, sizeof(bytes)) == 0 ? 0 : errno;
}

} // namespace netcore
