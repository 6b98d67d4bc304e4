#include "options.h"

namespace netcore {

ConnectOptions ConnectOptions::tcp(int port, const QString &host)
{
    ConnectOptions options;
    options.port = port;
    options.host = host;
    return options;
}

ConnectOptions ConnectOptions::unixPath(const QString &path)
{
    ConnectOptions options;
    options.path = path;
    return options;
}

ListenOptions ListenOptions::tcp(int port, const QString &host)
{
    ListenOptions options;
    options.port = port;
    options.host = host;
    return options;
}

ListenOptions ListenOptions::unixPath(const QString &path)
{
    ListenOptions options;
    options.path = path;
    return options;
}

ListenOptions ListenOptions::fromFd(int fd)
{
    ListenOptions options;
    options.fd = fd;
    return options;
}

NetError parsePort(const QString &text, int *port, const QString &name)
{
    // Node accepts a string that is a whole decimal number after trimming whitespace.
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qlonglong value = trimmed.toLongLong(&ok, 10);
    if (!ok || trimmed.isEmpty() || value < 0 || value > 65535)
        return NetError::badPort(name, QStringLiteral("type string ('%1')").arg(text));
    *port = int(value);
    return {};
}

} // namespace netcore
