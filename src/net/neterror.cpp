#include "neterror.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <iterator>
#include <netdb.h>

namespace netcore {

namespace {

struct ErrnoEntry
{
    int value;
    const char *name;
    const char *description; // libuv's uv_strerror() text, which Node puts in some messages
};

// The errnos sockets meet; anything else is reported by number.
constexpr ErrnoEntry errnoTable[] = {
        {EACCES, "EACCES", "permission denied"},
        {EADDRINUSE, "EADDRINUSE", "address already in use"},
        {EADDRNOTAVAIL, "EADDRNOTAVAIL", "address not available"},
        {EAFNOSUPPORT, "EAFNOSUPPORT", "address family not supported"},
        {EAGAIN, "EAGAIN", "resource temporarily unavailable"},
        {EALREADY, "EALREADY", "connection already in progress"},
        {EBADF, "EBADF", "bad file descriptor"},
        {ECONNABORTED, "ECONNABORTED", "software caused connection abort"},
        {ECONNREFUSED, "ECONNREFUSED", "connection refused"},
        {ECONNRESET, "ECONNRESET", "connection reset by peer"},
        {EHOSTUNREACH, "EHOSTUNREACH", "host is unreachable"},
        {EINVAL, "EINVAL", "invalid argument"},
        {EISCONN, "EISCONN", "socket is already connected"},
        {EMFILE, "EMFILE", "too many open files"},
        {ENFILE, "ENFILE", "file table overflow"},
        {ENAMETOOLONG, "ENAMETOOLONG", "name too long"},
        {ENETDOWN, "ENETDOWN", "network is down"},
        {ENETUNREACH, "ENETUNREACH", "network is unreachable"},
        {ENOBUFS, "ENOBUFS", "no buffer space available"},
        {ENOENT, "ENOENT", "no such file or directory"},
        {ENOMEM, "ENOMEM", "not enough memory"},
        {ENOTCONN, "ENOTCONN", "socket is not connected"},
        {ENOTSOCK, "ENOTSOCK", "socket operation on non-socket"},
        {ENOTSUP, "ENOTSUP", "operation not supported on socket"},
        {EPERM, "EPERM", "operation not permitted"},
        {EPIPE, "EPIPE", "broken pipe"},
        {EPROTO, "EPROTO", "protocol error"},
        {EPROTONOSUPPORT, "EPROTONOSUPPORT", "protocol not supported"},
        {ETIMEDOUT, "ETIMEDOUT", "connection timed out"},
        {ENOTDIR, "ENOTDIR", "not a directory"},
        {EROFS, "EROFS", "read-only file system"},
        {ENOSPC, "ENOSPC", "no space left on device"},
        {EIO, "EIO", "i/o error"},
        {EFBIG, "EFBIG", "file too large"},
};

const ErrnoEntry *findErrno(int value)
{
    for (const ErrnoEntry &entry : errnoTable) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

// Node's message templates for API misuse (errorcodes.def); %1.. are filled from the call's
// arguments.
struct ApiEntry
{
    ErrorCode code;
    const char *name;
    NetError::Kind kind;
    const char *message;
};

constexpr ApiEntry apiTable[] = {
#define NETCORE_ERROR_CODE(name, jsClass, message) \
    {ErrorCode::name, #name, NetError::Kind::jsClass, message},
#include "net/errorcodes.def"
#undef NETCORE_ERROR_CODE
};

// The enum and the table come from the same lines, so a code's entry is at a fixed offset.
constexpr int firstApiCode = int(ErrorCode::System) + 1;
static_assert(int(ErrorCode::Plain) - firstApiCode == int(std::size(apiTable)));

const ApiEntry *findApi(ErrorCode code)
{
    const int index = int(code) - firstApiCode;
    if (index < 0 || index >= int(std::size(apiTable)))
        return nullptr;
    return &apiTable[index];
}

// One pass over the template, so an argument that itself contains "%2" stays as it is
// (QString::arg() called once per argument would fill it in again).
QString fillTemplate(const char *pattern, const QStringList &args)
{
    QString message;
    for (const char *c = pattern; *c; ++c) {
        const int index = c[1] - '1'; // c[1] is the terminating NUL at worst
        if (*c == '%' && index >= 0 && index < 9 && index < args.size()) {
            message += args.at(index);
            ++c;
        } else {
            message += QLatin1Char(*c);
        }
    }
    return message;
}

// getaddrinfo() failures as Node names them (c-ares/libuv codes and errno values).
struct EaiEntry
{
    int value;
    const char *code;
    int nodeErrno;
};

constexpr EaiEntry eaiTable[] = {
        {EAI_NONAME, "ENOTFOUND", -3008},
#ifdef EAI_NODATA
        {EAI_NODATA, "ENOTFOUND", -3008},
#endif
        {EAI_AGAIN, "EAI_AGAIN", -3001},     {EAI_FAIL, "EAI_FAIL", -3004},
        {EAI_FAMILY, "EAI_FAMILY", -3005},   {EAI_MEMORY, "EAI_MEMORY", -3006},
        {EAI_SERVICE, "EAI_SERVICE", -3010}, {EAI_SOCKTYPE, "EAI_SOCKTYPE", -3011},
};

} // namespace

QString NetError::errnoDescription(int errnoValue)
{
    if (const ErrnoEntry *entry = findErrno(errnoValue))
        return QLatin1StringView(entry->description);
    QString text = QString::fromLocal8Bit(std::strerror(errnoValue));
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

QString NetError::errnoName(int errnoValue)
{
    if (const ErrnoEntry *entry = findErrno(errnoValue))
        return QLatin1StringView(entry->name);
    return QStringLiteral("Unknown system error %1").arg(-errnoValue);
}

NetError NetError::fromErrno(int errnoValue, const QString &syscall, const QString &address,
                             int port)
{
    NetError error;
    error.m_code = ErrorCode::System;
    error.m_kind = Kind::Error;
    error.m_systemCode = errnoName(errnoValue);
    error.m_errno = -errnoValue;
    error.m_syscall = syscall;
    error.m_address = address;
    error.m_port = port;
    // Node: listen/bind errors carry libuv's description ("listen EADDRINUSE: address already
    // in use 127.0.0.1:80"); connect, read and write errors do not ("connect ECONNREFUSED ...").
    QString message = syscall + QLatin1Char(' ') + error.m_systemCode;
    const ErrnoEntry *entry = findErrno(errnoValue);
    if (syscall == QLatin1StringView("listen") && entry)
        message += QLatin1StringView(": ") + QLatin1StringView(entry->description);
    if (!address.isEmpty()) {
        message += QLatin1Char(' ') + address;
        if (port > 0)
            message += QLatin1Char(':') + QString::number(port);
    }
    error.m_message = message;
    return error;
}

NetError NetError::fromGetAddrInfo(int eaiValue, const QString &hostname)
{
    NetError error;
    error.m_code = ErrorCode::System;
    error.m_kind = Kind::Error;
    error.m_systemCode = QStringLiteral("ENOTFOUND");
    error.m_errno = -3008;
    for (const EaiEntry &entry : eaiTable) {
        if (entry.value == eaiValue) {
            error.m_systemCode = QLatin1StringView(entry.code);
            error.m_errno = entry.nodeErrno;
            break;
        }
    }
    error.m_syscall = QStringLiteral("getaddrinfo");
    error.m_hostname = hostname;
    error.m_message
            = QStringLiteral("getaddrinfo ") + error.m_systemCode + QLatin1Char(' ') + hostname;
    return error;
}

NetError NetError::api(ErrorCode code, const QStringList &args)
{
    NetError error;
    const ApiEntry *entry = findApi(code);
    if (!entry)
        return error;
    error.m_code = code;
    error.m_kind = entry->kind;
    error.m_message = fillTemplate(entry->message, args);
    return error;
}

NetError NetError::badPort(const QString &name, const QString &received)
{
    return api(ErrorCode::ERR_SOCKET_BAD_PORT, {name, received});
}

NetError NetError::plain(const QString &message)
{
    NetError error;
    error.m_code = ErrorCode::Plain;
    error.m_kind = Kind::Error;
    error.m_message = message;
    return error;
}

NetError NetError::given(const QString &code, const QString &message, int nodeErrno,
                         const QString &syscall)
{
    NetError error = plain(message);
    error.m_systemCode = code;
    error.m_errno = nodeErrno;
    error.m_syscall = syscall;
    return error;
}

QString NetError::code() const
{
    if (m_code == ErrorCode::System || !m_systemCode.isEmpty())
        return m_systemCode;
    return errorCodeName(m_code);
}

QString errorCodeName(ErrorCode code)
{
    if (const ApiEntry *entry = findApi(code))
        return QLatin1StringView(entry->name);
    return {};
}

QList<ErrorCode> apiErrorCodes()
{
    QList<ErrorCode> codes;
    codes.reserve(std::size(apiTable));
    for (const ApiEntry &entry : apiTable)
        codes.append(entry.code);
    return codes;
}

QString apiErrorTemplate(ErrorCode code)
{
    if (const ApiEntry *entry = findApi(code))
        return QLatin1StringView(entry->message);
    return {};
}

} // namespace netcore
