#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace netcore {

// API-misuse codes, frozen: scripts, traces and the GUI match on their names.
enum class ErrorCode {
    None,
    System,  // an errno from the kernel or the resolver; see NetError::code()
    ERR_SOCKET_BAD_PORT,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_STREAM_DESTROYED,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
    ERR_SOCKET_CONNECTION_TIMEOUT,
    ERR_INVALID_STATE,
    Plain,  // an Error with a message and no code: destroy(new Error('...'))
};

// An error with Node's shape: code, errno, syscall, address, port and message.
// A default-constructed NetError means "no error".
class NetError final
{
public:
    // The JS class the script runtime throws for it.
    enum class Kind { None, Error, TypeError, RangeError };

    NetError() = default;

    // A failed system call: errnoValue is the positive errno (EADDRINUSE, ...).
    // The message reads like Node's: "connect ECONNREFUSED 127.0.0.1:1".
    static NetError fromErrno(int errnoValue, const QString &syscall,
                              const QString &address = {}, int port = -1);
    // A name-resolution failure (getaddrinfo's EAI_* value), e.g. "getaddrinfo ENOTFOUND host".
    static NetError fromGetAddrInfo(int eaiValue, const QString &hostname);
    // API misuse. args fill the message template of the code (see neterror.cpp).
    static NetError api(ErrorCode code, const QStringList &args = {});

    // new Error(message): no code, no errno.
    static NetError plain(const QString &message);

    // Node's validatePort message: "<name> should be >= 0 and < 65536. Received <what>."
    static NetError badPort(const QString &name, const QString &received);

    bool isError() const { return m_code != ErrorCode::None; }
    explicit operator bool() const { return isError(); }

    ErrorCode errorCode() const { return m_code; }
    Kind kind() const { return m_kind; }
    QString code() const;           // "ECONNREFUSED", "ERR_SOCKET_BAD_PORT", ...
    int errnoValue() const { return m_errno; }  // Node's errno: negative, 0 for ERR_*
    QString syscall() const { return m_syscall; }
    QString address() const { return m_address; }
    int port() const { return m_port; }      // -1 when the error has no port
    QString hostname() const { return m_hostname; }
    QString message() const { return m_message; }

    // "ECONNREFUSED" for ECONNREFUSED, "Unknown system error 1234" style fallback.
    static QString errnoName(int errnoValue);

private:
    ErrorCode m_code = ErrorCode::None;
    Kind m_kind = Kind::None;
    QString m_systemCode;  // for System errors
    int m_errno = 0;
    QString m_syscall;
    QString m_address;
    int m_port = -1;
    QString m_hostname;
    QString m_message;
};

QString errorCodeName(ErrorCode code);

} // namespace netcore

Q_DECLARE_METATYPE(netcore::NetError)
