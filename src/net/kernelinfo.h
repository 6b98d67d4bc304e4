#pragma once

#include <QString>

#include <optional>

namespace netcore {

// What the kernel holds for a socket: the place where bytes are after write() returned and
// before the peer's read() took them. Linux only; elsewhere 'available' is false.
struct KernelInfo
{
    bool available = false;
    int sendBufferSize = -1;    // SO_SNDBUF
    int receiveBufferSize = -1; // SO_RCVBUF
    int unsentBytes = -1;       // SIOCOUTQ: in the send queue, not yet acknowledged/read
    int unreadBytes = -1;       // SIOCINQ: received, not yet read by us
    // TCP_INFO highlights; absent for Unix domain sockets.
    bool hasTcpInfo = false;
    QString tcpState; // "ESTABLISHED", "FIN_WAIT2", ...
    unsigned rttMicros = 0;
    unsigned rttVarMicros = 0;
    unsigned sendCongestionWindow = 0; // segments
    unsigned retransmits = 0;          // tcpi_total_retrans, over the connection's life
    unsigned pathMtu = 0;
    // Segment counters (Linux 4.18 and later; false before): with them Nagle's coalescing is
    // countable, data segments against write() calls.
    bool hasSegmentCounters = false;
    unsigned segmentsOut = 0;      // tcpi_segs_out: every segment sent, ACKs included
    unsigned segmentsIn = 0;       // tcpi_segs_in
    unsigned dataSegmentsOut = 0;  // tcpi_data_segs_out: segments that carried data
    unsigned dataSegmentsIn = 0;   // tcpi_data_segs_in
    unsigned delivered = 0;        // tcpi_delivered: data segments the peer acknowledged
    unsigned lost = 0;             // tcpi_lost: segments currently presumed lost
    bool noDelay = false;          // TCP_NODELAY as the kernel has it
    bool keepAlive = false;        // SO_KEEPALIVE
    int keepAliveIdleSeconds = -1; // TCP_KEEPIDLE
};

// Reads everything above for fd; never fails: what cannot be read stays -1/false.
KernelInfo readKernelInfo(int fd);

// Returns 0 or a positive errno.
int setSendBufferSize(int fd, int bytes);
int setReceiveBufferSize(int fd, int bytes);

} // namespace netcore
