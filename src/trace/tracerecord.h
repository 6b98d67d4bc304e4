#pragma once

#include "net/netobserver.h"

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace trace {

// Written as "v" in every JSON line; bumped only when a field changes meaning or goes away.
inline constexpr int SchemaVersion = 1;
// Bytes of a data or write payload kept inline in a record.
inline constexpr int PreviewCapacity = 64;

// An address as the trace shows it: {address, family, port} for IP, or a Unix socket path.
struct TraceAddress
{
    QString address; // "127.0.0.1", "::1"; empty for a Unix socket
    QString family;  // "IPv4" or "IPv6"; empty for a Unix socket
    int port = -1;
    QString path; // Unix socket path; "" for the unnamed client end

    bool isUnixPath() const { return family.isEmpty(); }
    // Node's text form: "127.0.0.1:80", "[::1]:80" or the path.
    QString toString() const;
    // std::nullopt for a null address (nothing bound or connected).
    static std::optional<TraceAddress> from(const netcore::SocketAddress &address);

    friend bool operator==(const TraceAddress &, const TraceAddress &) = default;
};

// A NetError flattened to the fields Node puts on an error object.
struct TraceError
{
    QString name;       // "Error", "TypeError", "RangeError"
    QString code;       // "ECONNREFUSED", "ERR_SOCKET_BAD_PORT", ...
    int errnoValue = 0; // Node's errno (negative); 0 for ERR_* codes
    QString syscall;
    QString address;
    int port = -1;
    QString hostname;
    QString message;

    static TraceError from(const netcore::NetError &error);

    friend bool operator==(const TraceError &, const TraceError &) = default;
};

// What only rare records carry (addresses, errors, host names). Kept out of the fixed part of
// TraceRecord so data and write records need no allocation.
struct TraceDetails
{
    QString text; // host, path or encoding name (see SCHEMA.md for which key it becomes)
    std::optional<TraceAddress> local;
    std::optional<TraceAddress> remote;
    std::optional<TraceError> error;
    int fd = -1; // listen({fd}): the inherited descriptor; text is then "fd N"

    friend bool operator==(const TraceDetails &, const TraceDetails &) = default;
};

// One event or call, fixed size. value and extra mean what netcore's NetRecord says they mean
// for the event (byte count, ms, port, backlog, 0/1 flags); -1 when unused.
struct TraceRecord
{
    quint64 seq = 0;
    qint64 monoNs = 0; // monotonic ns since the recorder started
    qint64 wallMs = 0; // ms since the Unix epoch
    quint64 endpointId = 0;
    quint64 relatedId = 0; // 'connection': the accepted socket's endpoint id
    qint64 value = -1;
    qint64 extra = -1;
    netcore::NetEvent event = netcore::NetEvent::Data;
    netcore::EndpointKind kind = netcore::EndpointKind::Socket;
    bool internal = false;       // a call netcore made itself, not the user
    netcore::WriteOutcome write; // write calls: what write() returned, bufferSize after it
    quint8 previewSize = 0;
    std::array<char, PreviewCapacity> preview {};
    std::shared_ptr<const TraceDetails> details; // null for most records

    bool isCall() const { return netcore::isCall(event); }
    // data and write records: value is the payload size, preview its first bytes.
    bool carriesData() const;
    QByteArrayView previewBytes() const { return {preview.data(), previewSize}; }
    bool isPreviewTruncated() const { return carriesData() && value > previewSize; }
    void setPreview(QByteArrayView bytes);

    QString name() const { return netcore::netEventName(event); }
    QString text() const { return details ? details->text : QString(); }
    const TraceAddress *local() const;
    const TraceAddress *remote() const;
    const TraceError *error() const;

    // Compares what the schema carries: details by value, preview bytes up to previewSize.
    friend bool operator==(const TraceRecord &a, const TraceRecord &b);
};

QLatin1StringView kindName(netcore::EndpointKind kind); // "server" or "socket"
std::optional<netcore::EndpointKind> kindFromName(QStringView name);
QLatin1StringView typeName(netcore::NetEvent event); // "event" or "call"
// The NetEvent whose Node name and type match; std::nullopt for names the schema lacks.
std::optional<netcore::NetEvent> eventFromName(QStringView name, bool isCall);

} // namespace trace
