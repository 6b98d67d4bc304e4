#pragma once

#include "socketaddress.h"

#include <QByteArray>
#include <QString>

#include <sys/socket.h>
#include <sys/types.h>

struct iovec;

// The POSIX calls netcore makes, in one place so a port has one file to replace.
// Every function returns >= 0 on success or a negative errno, retries EINTR and creates
// descriptors non-blocking and close-on-exec.
namespace netcore::sys {

// A socket address in the kernel's form.
struct NativeAddress
{
    sockaddr_storage storage {};
    socklen_t length = 0;
    const sockaddr *data() const { return reinterpret_cast<const sockaddr *>(&storage); }
};

// Fails with -ENAMETOOLONG when a Unix path does not fit sun_path (never truncates) and with
// -EINVAL for an embedded NUL. A leading '@' or NUL names a Linux abstract socket.
int toNative(const SocketAddress &address, NativeAddress *native);
// An IPv4 dotted quad as Node's isIPv4() accepts it (no leading zeros, octets up to 255) and a
// port; false (and nothing filled in) for any other text.
bool toNativeIPv4(QStringView text, quint16 port, NativeAddress *native);

int openSocket(int domain); // SOCK_STREAM, non-blocking
int bindSocket(int fd, const NativeAddress &address);
int listenSocket(int fd, int backlog);
// Non-blocking, close-on-exec; *peer (when given) gets the peer's address, as getpeername().
int acceptConnection(int listenFd, NativeAddress *peer = nullptr);
int connectSocket(int fd, const NativeAddress &address); // -EINPROGRESS while pending
int pendingError(int fd);                                // SO_ERROR as a positive errno, or -errno
ssize_t readSome(int fd, char *buffer, size_t size);
ssize_t writeVector(int fd, const iovec *vectors, int count);
int shutdownWrite(int fd);
void closeSocket(int fd);
void closeWithReset(int fd); // SO_LINGER {1, 0}, then close
int openSpareDescriptor();   // "/" read-only, close-on-exec, or -errno

int setReuseAddress(int fd);
int setIpv6Only(int fd, bool only);
int setNoDelay(int fd, bool enable);
int setKeepAlive(int fd, bool enable, int idleSeconds);
int setNonBlocking(int fd);

// Whether getpeername() of a connection made to address reports address itself, so it need
// not be asked: not for an unspecified (the kernel dials loopback) or link-local IP, nor for a
// Unix path (the peer's name is the one its server bound, perhaps through a symlink).
bool isPeerAsDialled(const NativeAddress &address);
SocketAddress fromNative(const NativeAddress &address);
SocketAddress localAddress(int fd);
SocketAddress peerAddress(int fd);
int socketDomain(int fd); // AF_INET, AF_INET6, AF_UNIX, or -errno
bool ipv6Available();
int unlinkPath(const QString &path);

} // namespace netcore::sys
