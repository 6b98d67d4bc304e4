#pragma once

#include "neterror.h"
#include "socketaddress.h"

#include <QByteArray>
#include <QString>

class QObject;

namespace netcore {

// Everything a Server or Socket does that a trace shows: the events it emits and the
// state-changing calls made on it. Names in the trace are Node's (see netEventName()).
enum class NetEvent : quint8 {
    // events
    Listening,
    Connection,
    Lookup,
    Connect,
    Ready,
    Data,
    Drain,
    End,
    Timeout,
    Error,
    Close,
    Drop,
    // calls
    ListenCall,
    ConnectCall,
    WriteCall,
    EndCall,
    DestroyCall,
    ResetCall,
    PauseCall,
    ResumeCall,
    SetNoDelayCall,
    SetKeepAliveCall,
    SetTimeoutCall,
    SetEncodingCall,
    CloseCall,
    RefCall,
    UnrefCall,
    // netbench's own: a client that stays up connects a new socket in place of a closed one
    // (value: the attempt, extra: the wait before it in ms, relatedId: the closed socket)
    ReconnectCall,
};

enum class EndpointKind : quint8 { Server, Socket };

// What a write() call answered, so a trace can show backpressure as the program saw it.
struct WriteOutcome
{
    qint8 accepted = -1;       // write()'s return value (1 true, 0 false); -1 when not a write
    qint64 bufferSize = -1;    // bufferSize() right after the call
    qint64 highWaterMark = -1; // what bufferSize() was compared with

    bool isSet() const { return accepted >= 0; }
    friend bool operator==(const WriteOutcome &, const WriteOutcome &) = default;
};

// One happening, valid only during NetObserver::observe(): pointers refer to the caller's
// data, so an observer copies what it keeps. Unused fields stay at their defaults.
struct NetRecord
{
    quint64 endpointId = 0;
    EndpointKind kind = EndpointKind::Socket;
    NetEvent event = NetEvent::Data;
    quint64 relatedId = 0;            // Connection: the accepted socket's id
    bool internal = false;            // a call netcore made itself (autoDestroy, auto end)
    qint64 value = -1;                // byte count, ms, backlog, hadError (0/1), on/off (0/1)
    qint64 extra = -1;                // keep-alive initial delay, lookup family
    const QByteArray *data = nullptr; // Data and WriteCall payloads
    const NetError *error = nullptr;  // Error, Lookup with an error, refused calls
    const SocketAddress *local = nullptr;
    const SocketAddress *remote = nullptr;
    QString text;              // host name, path, encoding name; "fd N" for listen({fd})
    WriteOutcome write;        // WriteCall: recorded when write() returns
    int fd = -1;               // ListenCall: the descriptor of listen({fd}), which a
                               // path reading "fd N" cannot be told from by its text
    QObject *source = nullptr; // the Server or Socket itself, for observers that
                               // inspect it on the same thread (the desktop engine)
};

// Receives every NetRecord of the thread it is installed on. Installing none costs one
// pointer test per event, so netcore pays nothing when nobody watches.
class NetObserver
{
public:
    virtual void observe(const NetRecord &record) = 0;

    // The observer of the calling thread; nullptr uninstalls. Not owned.
    static void install(NetObserver *observer);
    static NetObserver *current();

protected:
    ~NetObserver() = default;
};

QString netEventName(NetEvent event); // Node's name: "data", "write", "setNoDelay", ...
bool isCall(NetEvent event);

// A process-wide counter for endpoint ids, unique within a run.
quint64 nextEndpointId();

namespace detail {
extern thread_local NetObserver *threadObserver;
}

inline NetObserver *NetObserver::current()
{
    return detail::threadObserver;
}

} // namespace netcore

namespace netcore {

// Builds and delivers a record only when an observer is installed.
template<typename Fill>
inline void notifyObserver(QObject *source, quint64 endpointId, EndpointKind kind, NetEvent event,
                           Fill &&fill)
{
    NetObserver *observer = NetObserver::current();
    if (Q_LIKELY(!observer))
        return;
    NetRecord record;
    record.endpointId = endpointId;
    record.kind = kind;
    record.event = event;
    record.source = source;
    fill(record);
    observer->observe(record);
}

} // namespace netcore
