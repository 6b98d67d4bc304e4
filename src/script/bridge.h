#pragma once

#include <QJSValue>
#include <QObject>
#include <QPointer>

namespace netcore {
class NetError;
class SocketAddress;
} // namespace netcore

namespace script {

class Runtime;

// What a bridge reports to its JS wrapper. Small integers: they cross into the engine without an
// allocation and a JS switch compares them without comparing strings. js/internal/net_common.js
// has the same numbers (kEvent*); keep the two in step.
enum class Event : int {
    Lookup = 1,
    LookupRequest = 2,
    Connect = 3,
    // 4 is no longer sent: the JS socket emits 'ready' itself, right after 'connect'.
    Data = 5,
    End = 6,
    Drain = 7,
    Timeout = 8,
    Write = 9,
    Error = 10,
    Close = 11,
    Listening = 12,
    Connection = 13,
    Drop = 14,
    // 15 is no longer sent; left free so the other codes keep their numbers.
    Text = 16, // 'data' as a string, after setEncoding()
};

// The C++ half of one netcore object seen from JS: a small QObject that JS calls (through
// QJSEngine::newQObject) and that forwards the object's signals to its JS wrapper as events.
// Bridges belong to the engine (JavaScriptOwnership): the JS wrapper keeps its bridge, and with
// it the netcore object, alive as long as the script can reach it.
class Bridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(double id READ jsId CONSTANT)
public:
    Bridge(Runtime *runtime, quint64 id);
    ~Bridge() override;

    quint64 id() const { return m_id; }
    double jsId() const { return double(m_id); }

    // True while an event is on its way that the script must still see even though the
    // object holds no ref (a 'close' after destroy(), an 'error' after listen()).
    virtual bool isAwaitingEvents() const = 0;

protected:
    // One overload per argument count: the values move into the runtime's argument list,
    // no list is built per event.
    void emitEvent(Event event);
    void emitEvent(Event event, QJSValue a);
    void emitEvent(Event event, QJSValue a, QJSValue b);
    void emitEvent(Event event, QJSValue a, QJSValue b, QJSValue c, QJSValue d);
    QJSValue engineValue(const QByteArray &bytes) const;
    // Node's error shape as a plain object that js/internal/errors.js turns into an Error:
    // {kind, code, errno, syscall, address, port, hostname, message}; null for no error.
    QJSValue errorValue(const netcore::NetError &error) const;
    // {address, family, port} for IP, {path} for Unix sockets, {} for none.
    QJSValue addressValue(const netcore::SocketAddress &address) const;
    Runtime *runtime() const { return m_runtime; }

private:
    QPointer<Runtime> m_runtime;
    quint64 m_id;
};

} // namespace script
