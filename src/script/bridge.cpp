#include "bridge.h"

#include "runtime.h"

#include <net/neterror.h>
#include <net/socketaddress.h>

#include <QJSEngine>

using namespace Qt::StringLiterals;

namespace script {

namespace {

QString kindName(netcore::NetError::Kind kind)
{
    switch (kind) {
    case netcore::NetError::Kind::TypeError: return u"TypeError"_s;
    case netcore::NetError::Kind::RangeError: return u"RangeError"_s;
    default: return u"Error"_s;
    }
}

} // namespace

Bridge::Bridge(Runtime *runtime, quint64 id)
    : m_runtime(runtime)
    , m_id(id)
{
    runtime->addBridge(this);
}

Bridge::~Bridge()
{
    if (m_runtime)
        m_runtime->removeBridge(this);
}

void Bridge::emitEvent(Event event)
{
    if (m_runtime)
        m_runtime->dispatch(jsId(), int(event), nullptr, 0);
}

void Bridge::emitEvent(Event event, QJSValue a)
{
    if (m_runtime)
        m_runtime->dispatch(jsId(), int(event), &a, 1);
}

void Bridge::emitEvent(Event event, QJSValue a, QJSValue b)
{
    QJSValue values[] = {std::move(a), std::move(b)};
    if (m_runtime)
        m_runtime->dispatch(jsId(), int(event), values, 2);
}

void Bridge::emitEvent(Event event, QJSValue a, QJSValue b, QJSValue c, QJSValue d)
{
    QJSValue values[] = {std::move(a), std::move(b), std::move(c), std::move(d)};
    if (m_runtime)
        m_runtime->dispatch(jsId(), int(event), values, 4);
}

QJSValue Bridge::engineValue(const QByteArray &bytes) const
{
    // One ArrayBuffer per chunk; the JS side wraps it in a Buffer without copying.
    m_runtime->noteExternalBytes(bytes.size());
    return m_runtime->engine()->toScriptValue(bytes);
}

QJSValue Bridge::errorValue(const netcore::NetError &error) const
{
    if (!error)
        return QJSValue(QJSValue::NullValue);
    QJSValue value = m_runtime->engine()->newObject();
    value.setProperty(u"kind"_s, kindName(error.kind()));
    value.setProperty(u"code"_s, error.code());
    value.setProperty(u"message"_s, error.message());
    if (error.errorCode() == netcore::ErrorCode::System) {
        value.setProperty(u"errno"_s, error.errnoValue());
        value.setProperty(u"syscall"_s, error.syscall());
        if (!error.hostname().isEmpty())
            value.setProperty(u"hostname"_s, error.hostname());
        if (!error.address().isEmpty())
            value.setProperty(u"address"_s, error.address());
        if (error.port() > 0) // Node's exceptionWithHostPort() leaves out a port of 0
            value.setProperty(u"port"_s, error.port());
    }
    return value;
}

QJSValue Bridge::addressValue(const netcore::SocketAddress &address) const
{
    QJSValue value = m_runtime->engine()->newObject();
    if (address.isUnix()) {
        value.setProperty(u"path"_s, address.path());
    } else if (!address.isNull()) {
        value.setProperty(u"address"_s, address.address());
        value.setProperty(u"family"_s, address.family());
        value.setProperty(u"port"_s, int(address.port()));
    }
    return value;
}

} // namespace script
