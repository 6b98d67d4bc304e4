#pragma once

// Builds netcore NetRecords and trace records for tests, without sockets.

#include "net/neterror.h"
#include "net/netobserver.h"
#include "net/socketaddress.h"
#include "trace/tracerecord.h"

#include <QByteArray>

namespace testrecords {

using netcore::EndpointKind;
using netcore::NetEvent;

inline netcore::NetRecord make(quint64 id, NetEvent event, qint64 value = -1,
                               EndpointKind kind = EndpointKind::Socket)
{
    netcore::NetRecord record;
    record.endpointId = id;
    record.kind = kind;
    record.event = event;
    record.value = value;
    return record;
}

// data must outlive the observe() call, as netcore's own payloads do.
inline netcore::NetRecord withData(quint64 id, NetEvent event, const QByteArray &data)
{
    netcore::NetRecord record = make(id, event, data.size());
    record.data = &data;
    return record;
}

inline netcore::SocketAddress ipv4(const char *address, quint16 port)
{
    return {QHostAddress(QString::fromLatin1(address)), port};
}

inline std::shared_ptr<const trace::TraceDetails> details(const trace::TraceDetails &d)
{
    return std::make_shared<const trace::TraceDetails>(d);
}

inline trace::TraceRecord record(quint64 seq, quint64 id, NetEvent event, qint64 value = -1,
                                 EndpointKind kind = EndpointKind::Socket)
{
    trace::TraceRecord r;
    r.seq = seq;
    r.monoNs = qint64(seq) * 1000 + 7;
    r.wallMs = 1732233600000 + qint64(seq);
    r.endpointId = id;
    r.kind = kind;
    r.event = event;
    r.value = value;
    return r;
}

inline trace::TraceAddress tcpAddress(const QString &address, int port)
{
    trace::TraceAddress a;
    a.address = address;
    a.family = address.contains(QLatin1Char(':')) ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
    a.port = port;
    return a;
}

inline trace::TraceAddress unixAddress(const QString &path)
{
    trace::TraceAddress a;
    a.path = path;
    return a;
}

} // namespace testrecords
