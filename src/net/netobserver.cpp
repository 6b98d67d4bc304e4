#include "netobserver.h"

#include <atomic>

namespace netcore {

namespace detail {
thread_local NetObserver *threadObserver = nullptr;
}

void NetObserver::install(NetObserver *observer)
{
    detail::threadObserver = observer;
}

quint64 nextEndpointId()
{
    static std::atomic<quint64> counter {0};
    return ++counter;
}

QString netEventName(NetEvent event)
{
    switch (event) {
    case NetEvent::Listening: return QStringLiteral("listening");
    case NetEvent::Connection: return QStringLiteral("connection");
    case NetEvent::Lookup: return QStringLiteral("lookup");
    case NetEvent::Connect: return QStringLiteral("connect");
    case NetEvent::Ready: return QStringLiteral("ready");
    case NetEvent::Data: return QStringLiteral("data");
    case NetEvent::Drain: return QStringLiteral("drain");
    case NetEvent::End: return QStringLiteral("end");
    case NetEvent::Timeout: return QStringLiteral("timeout");
    case NetEvent::Error: return QStringLiteral("error");
    case NetEvent::Close: return QStringLiteral("close");
    case NetEvent::Drop: return QStringLiteral("drop");
    case NetEvent::ListenCall: return QStringLiteral("listen");
    case NetEvent::ConnectCall: return QStringLiteral("connect");
    case NetEvent::WriteCall: return QStringLiteral("write");
    case NetEvent::EndCall: return QStringLiteral("end");
    case NetEvent::DestroyCall: return QStringLiteral("destroy");
    case NetEvent::ResetCall: return QStringLiteral("resetAndDestroy");
    case NetEvent::PauseCall: return QStringLiteral("pause");
    case NetEvent::ResumeCall: return QStringLiteral("resume");
    case NetEvent::SetNoDelayCall: return QStringLiteral("setNoDelay");
    case NetEvent::SetKeepAliveCall: return QStringLiteral("setKeepAlive");
    case NetEvent::SetTimeoutCall: return QStringLiteral("setTimeout");
    case NetEvent::SetEncodingCall: return QStringLiteral("setEncoding");
    case NetEvent::CloseCall: return QStringLiteral("close");
    case NetEvent::RefCall: return QStringLiteral("ref");
    case NetEvent::UnrefCall: return QStringLiteral("unref");
    case NetEvent::ReconnectCall: return QStringLiteral("reconnect");
    }
    return {};
}

bool isCall(NetEvent event)
{
    return event >= NetEvent::ListenCall;
}

} // namespace netcore
