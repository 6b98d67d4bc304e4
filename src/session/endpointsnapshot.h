#pragma once

#include "net/kernelinfo.h"
#include "net/netobserver.h"
#include "trace/tracerecord.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace session {

// What the inspector shows of one endpoint, read on the engine thread and handed to the GUI by
// value (the GUI never touches a netcore object).
struct EndpointSnapshot
{
    quint64 id = 0;
    netcore::EndpointKind kind = netcore::EndpointKind::Socket;
    bool exists = false; // false once the object is gone (removed by the user)

    // Server
    std::optional<trace::TraceAddress> serverAddress; // server.address()
    bool listening = false;
    int connections = 0;     // server.getConnections()
    int maxConnections = -1; // -1: not set
    bool referenced = true;  // ref()/unref(), servers and sockets

    // Socket
    std::optional<trace::TraceAddress> local;
    std::optional<trace::TraceAddress> remote;
    QString readyState; // "opening", "open", "readOnly", "writeOnly", "closed"
    bool connecting = false;
    bool destroyed = false;
    bool paused = false;
    bool allowHalfOpen = false;
    bool unixSocket = false;
    qint64 bytesRead = 0;
    qint64 bytesWritten = 0;
    qint64 bufferSize = 0;      // bytes queued by us, not yet handed to the kernel
    qint64 timeoutMs = 0;       // setTimeout(); 0: none
    QString encoding;           // setEncoding(); empty: bytes
    netcore::KernelInfo kernel; // SO_SNDBUF/SO_RCVBUF, SIOCOUTQ/SIOCINQ, TCP_INFO
};

} // namespace session

Q_DECLARE_METATYPE(session::EndpointSnapshot)
