#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace netcore {

// API-misuse codes, frozen: scripts, traces and the GUI match on their names. The codes
// and their messages live in errorcodes.def, the one table the script runtime shares.
enum class ErrorCode {
    None,
    System, // an errno from the kernel or the resolver; see NetError::code()
#define NETCORE_ERROR_CODE(name, jsClass, message) name,
#include "net/errorcodes.def"
#undef NETCORE_ERROR_CODE
    Plain, // an Error with a message and no code: destroy(new Error('...'))
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
    static NetError fromErrno(int errnoValue, const QString &syscall, const QString &address = {},
                              int port = -1);
    // A name-resolution failure (getaddrinfo's EAI_* value), e.g. "getaddrinfo ENOTFOUND host".
    static NetError fromGetAddrInfo(int eaiValue, const QString &hostname);
    // API misuse. args fill the message template of the code (see neterror.cpp).
    static NetError api(ErrorCode code, const QStringList &args = {});

    // new Error(message): no code, no errno.
    static NetError plain(const QString &message);
    // An error made by the caller (a script's destroy(err)), carried with the fields it has:
    // code may be any name or empty, nodeErrno is Node's (negative) errno or 0.
    static NetError given(const QString &code, const QString &message, int nodeErrno = 0,
                          const QString &syscall = {});

    // Node's validatePort message: "<name> should be >= 0 and < 65536. Received <what>."
    static NetError badPort(const QString &name, const QString &received);

    bool isError() const { return m_code != ErrorCode::None; }
    explicit operator bool() const { return isError(); }

    ErrorCode errorCode() const { return m_code; }
    Kind kind() const { return m_kind; }
    QString code() const;                      // "ECONNREFUSED", "ERR_SOCKET_BAD_PORT", ...
    int errnoValue() const { return m_errno; } // Node's errno: negative, 0 for ERR_*
    QString syscall() const { return m_syscall; }
    QString address() const { return m_address; }
    int port() const { return m_port; } // -1 when the error has no port
    QString hostname() const { return m_hostname; }
    QString message() const { return m_message; }

    // "ECONNREFUSED" for ECONNREFUSED, "Unknown system error 1234" style fallback.
    static QString errnoName(int errnoValue);
    // libuv's description ("broken pipe"); strerror()'s in lower case for an errno without one.
    static QString errnoDescription(int errnoValue);

private:
    ErrorCode m_code = ErrorCode::None;
    Kind m_kind = Kind::None;
    QString m_systemCode; // for System errors and given() ones
    int m_errno = 0;
    QString m_syscall;
    QString m_address;
    int m_port = -1;
    QString m_hostname;
    QString m_message;
};

QString errorCodeName(ErrorCode code);
// Every ERR_* code of errorcodes.def, in table order.
QList<ErrorCode> apiErrorCodes();
// The code's message template from errorcodes.def: Node's text with %1, %2, ... for arguments.
QString apiErrorTemplate(ErrorCode code);

} // namespace netcore

Q_DECLARE_METATYPE(netcore::NetError)
