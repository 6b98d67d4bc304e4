#include "socketbridge.h"

#include "runtime.h"

#include <net/kernelinfo.h>
#include <net/netobserver.h>
#include <net/socket.h>

#include <QJSEngine>

using namespace Qt::StringLiterals;

namespace script {

namespace {

QJSValue nullValue()
{
    return QJSValue(QJSValue::NullValue);
}

// While it lives, netcore's records reach the thread's observer marked internal: the reading
// the runtime stops and starts by itself (its read buffer at the high-water mark, Node's own
// stream code) is not a call of the script, as Node's internal pause is none.
class InternalCallMarker final : public netcore::NetObserver
{
public:
    InternalCallMarker()
        : m_observer(netcore::NetObserver::current())
    {
        if (m_observer)
            install(this);
    }
    ~InternalCallMarker()
    {
        if (m_observer)
            install(m_observer);
    }
    InternalCallMarker(const InternalCallMarker &) = delete;
    InternalCallMarker &operator=(const InternalCallMarker &) = delete;

    void observe(const netcore::NetRecord &record) override
    {
        netcore::NetRecord marked = record;
        marked.internal = true;
        m_observer->observe(marked);
    }

private:
    netcore::NetObserver *m_observer;
};

} // namespace

SocketBridge::SocketBridge(Runtime *runtime, netcore::Socket *socket)
    : Bridge(runtime, socket->id())
    , m_socket(socket)
{
    m_socket->setParent(this);
    connectSignals();
}

void SocketBridge::connectSignals()
{
    using netcore::Socket;
    connect(m_socket, &Socket::lookup, this,
            [this](const netcore::NetError &error, const QString &address, int family,
                   const QString &host) {
                if (error) {
                    emitEvent(Event::Lookup, errorValue(error), nullValue(), nullValue(),
                              QJSValue(host));
                } else {
                    emitEvent(Event::Lookup, nullValue(), QJSValue(address), QJSValue(family),
                              QJSValue(host));
                }
            });
    connect(m_socket, &Socket::connected, this, [this] { emitEvent(Event::Connect); });
    connect(m_socket, &Socket::dataReceived, this,
            [this](const QByteArray &data) { emitEvent(Event::Data, engineValue(data)); });
    connect(m_socket, &Socket::textReceived, this,
            [this](const QString &text) { emitEvent(Event::Text, QJSValue(text)); });
    connect(m_socket, &Socket::drained, this, [this] { emitEvent(Event::Drain); });
    connect(m_socket, &Socket::ended, this, [this] { emitEvent(Event::End); });
    connect(m_socket, &Socket::timedOut, this, [this] { emitEvent(Event::Timeout); });
    connect(m_socket, &Socket::errorOccurred, this,
            [this](const netcore::NetError &error) { emitEvent(Event::Error, errorValue(error)); });
    connect(m_socket, &Socket::closed, this, [this](bool hadError) {
        if (m_staleCloses > 0)
            --m_staleCloses;
        else
            m_closeDelivered = true;
        emitEvent(Event::Close, QJSValue(hadError));
    });
}

bool SocketBridge::isAwaitingEvents() const
{
    // A lookup the script's own function has not answered keeps nothing alive, as in Node.
    return m_socket->isDestroyed() && !m_closeDelivered;
}

QJSValue SocketBridge::connectTo(const QJSValue &options)
{
    netcore::ConnectOptions connect;
    const QJSValue port = options.property(u"port"_s);
    if (port.isNumber())
        connect.port = port.toInt();
    connect.host = options.property(u"host"_s).toString();
    if (options.property(u"host"_s).isUndefined())
        connect.host.clear();
    connect.path = options.property(u"path"_s).isString() ? options.property(u"path"_s).toString()
                                                          : QString();
    const QJSValue localAddress = options.property(u"localAddress"_s);
    if (localAddress.isString())
        connect.localAddress = localAddress.toString();
    const QJSValue localPort = options.property(u"localPort"_s);
    if (localPort.isNumber())
        connect.localPort = localPort.toInt();
    connect.family = options.property(u"family"_s).toInt();
    connect.hints = options.property(u"hints"_s).toInt();
    connect.noDelay = options.property(u"noDelay"_s).toBool();
    connect.keepAlive = options.property(u"keepAlive"_s).toBool();
    connect.keepAliveInitialDelay = options.property(u"keepAliveInitialDelay"_s).toInt();
    if (options.property(u"customLookup"_s).toBool()) {
        connect.lookup = [this](const QString &host, int family, int hints,
                                const netcore::LookupDone &done) {
            requestLookup(host, family, hints, done);
        };
    }
    const bool closeOwed = m_socket->isDestroyed() && !m_closeDelivered;
    const netcore::NetError error = m_socket->connectTo(connect);
    if (!error) {
        if (closeOwed)
            ++m_staleCloses;
        m_closeDelivered = false;
    }
    return errorValue(error);
}

void SocketBridge::requestLookup(const QString &host, int family, int hints,
                                 const netcore::LookupDone &done)
{
    const int id = ++m_nextLookup;
    m_lookups.insert(id, done); // QHash::insert copies either way
    m_lookupHost = host;
    emitEvent(Event::LookupRequest, QJSValue(id), QJSValue(host), QJSValue(family),
              QJSValue(hints));
}

void SocketBridge::lookupDone(int requestId, bool failed, const QJSValue &addresses)
{
    const netcore::LookupDone done = m_lookups.take(requestId);
    if (!done)
        return;
    if (failed) {
        // The script's own error object is what its 'lookup' and 'error' listeners see;
        // js/net_socket.js puts it back in place of this one.
        done(netcore::NetError::fromGetAddrInfo(0, m_lookupHost), {});
        return;
    }
    QList<netcore::ResolvedAddress> resolved;
    const int count = addresses.property(u"length"_s).toInt();
    for (int i = 0; i < count; ++i) {
        const QJSValue entry = addresses.property(quint32(i));
        resolved.append(
                {entry.property(u"address"_s).toString(), entry.property(u"family"_s).toInt()});
    }
    done(netcore::NetError(), resolved);
}

std::function<void(const netcore::NetError &)> SocketBridge::writeCallback(int requestId)
{
    if (requestId < 0)
        return {};
    // The socket is this bridge's child: when a callback runs, the bridge still exists.
    return [this, requestId](const netcore::NetError &error) {
        emitEvent(Event::Write, QJSValue(requestId), errorValue(error));
    };
}

int SocketBridge::writeStatus(bool belowMark) const
{
    int status = belowMark ? BelowHighWaterMark : 0;
    if (m_socket->state() == netcore::Socket::State::Open && m_socket->queuedBytes() == 0)
        status |= WrittenAtOnce;
    return status;
}

int SocketBridge::write(const QByteArray &data, int requestId)
{
    if (m_socket->isDestroyed())
        return AlreadyDestroyed;
    return writeStatus(m_socket->write(data, writeCallback(requestId)));
}

int SocketBridge::writeBytes(const QJSValue &data)
{
    return write(runtime()->bytesOf(data), -1);
}

int SocketBridge::writeText(const QString &text, const QString &encoding, int requestId)
{
    if (m_socket->isDestroyed())
        return AlreadyDestroyed;
    const netcore::Encoding chosen
            = netcore::encodingFromName(encoding).value_or(netcore::Encoding::Utf8);
    // netcore counts the text's characters toward the high-water mark, as Node does.
    return writeStatus(m_socket->write(text, chosen, writeCallback(requestId)));
}

int SocketBridge::writeJoined(const QByteArray &data, qint64 length, int requestId)
{
    if (m_socket->isDestroyed())
        return AlreadyDestroyed;
    return writeStatus(m_socket->writeJoined(data, length, writeCallback(requestId)));
}

void SocketBridge::end(int requestId)
{
    m_socket->end(QByteArray(), writeCallback(requestId));
}

void SocketBridge::flushQueued()
{
    m_socket->flush();
}

void SocketBridge::destroySocket(const QJSValue &error)
{
    if (error.isUndefined() || error.isNull())
        return m_socket->destroy();
    // The trace shows the error the script's listeners get: its own fields, as far as it
    // has them (destroy('text') or destroy({}) give a message only).
    const auto text = [&error](const QString &name) {
        const QJSValue value = error.property(name);
        return value.isString() ? value.toString() : QString();
    };
    const QJSValue message = error.property(u"message"_s);
    const QJSValue errnoValue = error.property(u"errno"_s);
    m_socket->destroy(netcore::NetError::given(
            text(u"code"_s), message.isUndefined() ? error.toString() : message.toString(),
            errnoValue.isNumber() ? errnoValue.toInt() : 0, text(u"syscall"_s)));
}

void SocketBridge::resetAndDestroy()
{
    m_socket->resetAndDestroy();
}

void SocketBridge::pause()
{
    m_socket->pause();
}

void SocketBridge::pauseInternally()
{
    const InternalCallMarker internal;
    m_socket->pause();
}

void SocketBridge::recordPause()
{
    netcore::notifyObserver(m_socket, m_socket->id(), netcore::EndpointKind::Socket,
                            netcore::NetEvent::PauseCall, [](netcore::NetRecord &) {});
}

void SocketBridge::resume()
{
    m_socket->resume();
}

void SocketBridge::resumeInternally()
{
    const InternalCallMarker internal;
    m_socket->resume();
}

void SocketBridge::recordResume()
{
    netcore::notifyObserver(m_socket, m_socket->id(), netcore::EndpointKind::Socket,
                            netcore::NetEvent::ResumeCall, [](netcore::NetRecord &) {});
}

QJSValue SocketBridge::setEncoding(const QString &encoding)
{
    return errorValue(m_socket->setEncoding(encoding));
}

void SocketBridge::setKeepAlive(bool enable, double initialDelayMs)
{
    m_socket->setKeepAlive(enable, int(initialDelayMs));
}

void SocketBridge::setNoDelay(bool noDelay)
{
    m_socket->setNoDelay(noDelay);
}

QJSValue SocketBridge::setTimeout(double ms)
{
    return errorValue(m_socket->setTimeout(qint64(ms)));
}

void SocketBridge::ref()
{
    m_socket->ref();
}

void SocketBridge::unref()
{
    m_socket->unref();
}

bool SocketBridge::hasRef() const
{
    return m_socket->hasRef();
}

QJSValue SocketBridge::address() const
{
    return addressValue(m_socket->address());
}

QJSValue SocketBridge::remote() const
{
    return addressValue(m_socket->remote());
}

QJSValue SocketBridge::kernelInfo() const
{
    const netcore::KernelInfo info = m_socket->kernelInfo();
    QJSValue value = runtime()->engine()->newObject();
    value.setProperty(u"available"_s, info.available);
    if (!info.available)
        return value;
    value.setProperty(u"sendBufferSize"_s, info.sendBufferSize);
    value.setProperty(u"receiveBufferSize"_s, info.receiveBufferSize);
    value.setProperty(u"unsentBytes"_s, info.unsentBytes);
    value.setProperty(u"unreadBytes"_s, info.unreadBytes);
    if (info.hasTcpInfo) {
        value.setProperty(u"tcpState"_s, info.tcpState);
        value.setProperty(u"rttMicros"_s, double(info.rttMicros));
        value.setProperty(u"retransmits"_s, double(info.retransmits));
        value.setProperty(u"noDelay"_s, info.noDelay);
        value.setProperty(u"keepAlive"_s, info.keepAlive);
        value.setProperty(u"lost"_s, double(info.lost));
    }
    if (info.hasSegmentCounters) {
        value.setProperty(u"segmentsOut"_s, double(info.segmentsOut));
        value.setProperty(u"segmentsIn"_s, double(info.segmentsIn));
        value.setProperty(u"dataSegmentsOut"_s, double(info.dataSegmentsOut));
        value.setProperty(u"dataSegmentsIn"_s, double(info.dataSegmentsIn));
        value.setProperty(u"delivered"_s, double(info.delivered));
    }
    return value;
}

bool SocketBridge::isConnecting() const
{
    return m_socket->isConnecting();
}
bool SocketBridge::isDestroyed() const
{
    return m_socket->isDestroyed();
}
bool SocketBridge::isReadable() const
{
    return m_socket->isReadable();
}
bool SocketBridge::isWritable() const
{
    return m_socket->isWritable();
}
QString SocketBridge::readyState() const
{
    return m_socket->readyState();
}
double SocketBridge::bufferSize() const
{
    return double(m_socket->bufferSize());
}
double SocketBridge::queuedBytes() const
{
    return double(m_socket->queuedBytes());
}
double SocketBridge::bytesRead() const
{
    return double(m_socket->bytesRead());
}
double SocketBridge::bytesWritten() const
{
    return double(m_socket->bytesWritten());
}
double SocketBridge::writableHighWaterMark() const
{
    return double(m_socket->writableHighWaterMark());
}
void SocketBridge::setWritableHighWaterMark(double bytes)
{
    m_socket->setWritableHighWaterMark(qint64(bytes));
}
double SocketBridge::timeout() const
{
    return double(m_socket->timeout());
}
bool SocketBridge::isUnixSocket() const
{
    return m_socket->isUnixSocket();
}

} // namespace script
