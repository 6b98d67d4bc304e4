#pragma once

#include <QtGlobal>

#include <optional>

namespace session {

// What a relay does to one direction of its connections on purpose. The relay reads these on
// every piece it forwards, so a change applies to data already waiting as well as to new data.
// Default-constructed: forward every byte at once, in the chunks it arrived in.
struct DirectionFaults
{
    qint64 latencyMs = 0;      // each chunk is held this long after it arrived
    qint64 bytesPerSecond = 0; // 0: no limit
    // Re-chunking: forward in pieces of a size drawn from [pieceMin, pieceMax] (equal for a
    // fixed size), pausing piecePauseMs after each piece. pieceMax 0: chunks as they arrived.
    qint64 pieceMin = 0;
    qint64 pieceMax = 0;
    qint64 piecePauseMs = 0;
    bool hold = false; // forward nothing; what arrives waits, and the sender's backpressure builds
    // One-shot faults, by the number of bytes forwarded in this direction so far:
    std::optional<qint64> holdAfterBytes; // then as hold
    std::optional<qint64> finAfterBytes; // then end() towards the receiver; later bytes are dropped
    std::optional<qint64> rstAfterBytes; // then both legs are reset (ECONNRESET on both peers)
    std::optional<qint64> cutAfterBytes; // then both legs close: the receiver gets exactly N bytes

    bool isRechunking() const { return pieceMax > 0; }
    friend bool operator==(const DirectionFaults &, const DirectionFaults &) = default;
};

struct RelayFaults
{
    DirectionFaults clientToServer;
    DirectionFaults serverToClient;
    bool refuseConnections = false;            // new clients are reset at once (ECONNRESET)
    std::optional<int> refuseAfterConnections; // accept this many clients, then refuse

    friend bool operator==(const RelayFaults &, const RelayFaults &) = default;
};

} // namespace session
