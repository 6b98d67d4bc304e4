#include "tracerecord.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace trace {

QString TraceAddress::toString() const
{
    if (isUnixPath())
        return path;
    if (family == "IPv6"_L1)
        return QLatin1Char('[') + address + "]:"_L1 + QString::number(port);
    return address + QLatin1Char(':') + QString::number(port);
}

std::optional<TraceAddress> TraceAddress::from(const netcore::SocketAddress &address)
{
    TraceAddress result;
    switch (address.type()) {
    case netcore::SocketAddress::Type::None: return std::nullopt;
    case netcore::SocketAddress::Type::Unix: result.path = address.path(); break;
    case netcore::SocketAddress::Type::Ip:
        result.address = address.address();
        result.family = address.family();
        result.port = address.port();
        break;
    }
    return result;
}

namespace {

QString errorClassName(netcore::NetError::Kind kind)
{
    switch (kind) {
    case netcore::NetError::Kind::TypeError: return u"TypeError"_s;
    case netcore::NetError::Kind::RangeError: return u"RangeError"_s;
    case netcore::NetError::Kind::None:
    case netcore::NetError::Kind::Error: break;
    }
    return u"Error"_s;
}

} // namespace

TraceError TraceError::from(const netcore::NetError &error)
{
    TraceError result;
    result.name = errorClassName(error.kind());
    result.code = error.code();
    result.errnoValue = error.errnoValue();
    result.syscall = error.syscall();
    result.address = error.address();
    result.port = error.port();
    result.hostname = error.hostname();
    result.message = error.message();
    return result;
}

bool TraceRecord::carriesData() const
{
    return event == netcore::NetEvent::Data || event == netcore::NetEvent::WriteCall;
}

void TraceRecord::setPreview(QByteArrayView bytes)
{
    const qsizetype size = qMin<qsizetype>(bytes.size(), PreviewCapacity);
    if (size > 0)
        std::memcpy(preview.data(), bytes.data(), size_t(size));
    previewSize = quint8(size);
}

const TraceAddress *TraceRecord::local() const
{
    return details && details->local ? &*details->local : nullptr;
}

const TraceAddress *TraceRecord::remote() const
{
    return details && details->remote ? &*details->remote : nullptr;
}

const TraceError *TraceRecord::error() const
{
    return details && details->error ? &*details->error : nullptr;
}

bool operator==(const TraceRecord &a, const TraceRecord &b)
{
    const bool sameDetails = a.details == b.details
            || (a.details && b.details && *a.details == *b.details)
            || (!a.details && b.details && *b.details == TraceDetails())
            || (a.details && !b.details && *a.details == TraceDetails());
    return a.seq == b.seq && a.monoNs == b.monoNs && a.wallMs == b.wallMs
            && a.endpointId == b.endpointId && a.relatedId == b.relatedId
            && a.internal == b.internal && a.value == b.value && a.extra == b.extra
            && a.event == b.event && a.kind == b.kind && a.write == b.write
            && a.previewBytes() == b.previewBytes() && sameDetails;
}

QLatin1StringView kindName(netcore::EndpointKind kind)
{
    return kind == netcore::EndpointKind::Server ? "server"_L1 : "socket"_L1;
}

std::optional<netcore::EndpointKind> kindFromName(QStringView name)
{
    if (name == "server"_L1)
        return netcore::EndpointKind::Server;
    if (name == "socket"_L1)
        return netcore::EndpointKind::Socket;
    return std::nullopt;
}

QLatin1StringView typeName(netcore::NetEvent event)
{
    return netcore::isCall(event) ? "call"_L1 : "event"_L1;
}

std::optional<netcore::NetEvent> eventFromName(QStringView name, bool isCall)
{
    constexpr int Last = int(netcore::NetEvent::ReconnectCall);
    for (int i = 0; i <= Last; ++i) {
        const auto event = netcore::NetEvent(i);
        if (netcore::isCall(event) == isCall && netcore::netEventName(event) == name)
            return event;
    }
    return std::nullopt;
}

} // namespace trace
