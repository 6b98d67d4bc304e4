#include "boundedfile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace trace {

namespace {

bool refuse(FileError *error, FileProblem problem, const QString &message)
{
    if (error)
        *error = {problem, message};
    return false;
}

bool refuseNotRegular(FileError *error, const QString &path)
{
    return refuse(error, FileProblem::NotRegular,
                  u"%1 is not a regular file (a device, a FIFO or a socket)"_s.arg(path));
}

bool refuseTooLarge(FileError *error, const QString &path, qint64 size, qint64 maxBytes)
{
    return refuse(error, FileProblem::TooLarge,
                  u"%1 is too large: %2 bytes, netbench reads at most %3"_s.arg(path).arg(size).arg(
                          maxBytes));
}

// What the path names, before anything is opened (opening some devices has effects).
bool checkPath(const QString &path, FileError *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(error, FileProblem::Missing, u"%1 does not exist"_s.arg(path));
    if (info.isDir())
        return refuse(error, FileProblem::Folder, u"%1 is a folder, not a file"_s.arg(path));
    if (!info.isFile())
        return refuseNotRegular(error, path);
    return true;
}

#ifdef Q_OS_UNIX
// O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; fstat() then
// judges the descriptor itself.
bool openDescriptor(QFile *file, const QString &path, qint64 maxBytes, FileError *error)
{
    const QByteArray native = QFile::encodeName(path);
    int fd;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int code = errno;
        if (code == ENOENT)
            return refuse(error, FileProblem::Missing, u"%1 does not exist"_s.arg(path));
        if (code == ENXIO) // a socket
            return refuseNotRegular(error, path);
        return refuse(error, FileProblem::Unreadable,
                      u"cannot read %1: %2"_s.arg(path, QString::fromLocal8Bit(strerror(code))));
    }
    struct stat status = {};
    bool ok = ::fstat(fd, &status) == 0;
    if (!ok) {
        refuse(error, FileProblem::Unreadable,
               u"cannot read %1: %2"_s.arg(path, QString::fromLocal8Bit(strerror(errno))));
    } else if (S_ISDIR(status.st_mode)) {
        ok = refuse(error, FileProblem::Folder, u"%1 is a folder, not a file"_s.arg(path));
    } else if (!S_ISREG(status.st_mode)) {
        ok = refuseNotRegular(error, path);
    } else if (status.st_size > maxBytes) {
        ok = refuseTooLarge(error, path, status.st_size, maxBytes);
    }
    if (ok) {
        const int flags = ::fcntl(fd, F_GETFL);
        ok = flags >= 0 && ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0
                && file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
        if (ok)
            return true;
        refuse(error, FileProblem::Unreadable, u"cannot read %1"_s.arg(path));
    }
    ::close(fd);
    return false;
}
#else
// Without POSIX: Qt's open, then the same questions about what was opened.
bool openDescriptor(QFile *file, const QString &path, qint64 maxBytes, FileError *error)
{
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly))
        return refuse(error, FileProblem::Unreadable,
                      u"cannot read %1: %2"_s.arg(path, file->errorString()));
    if (file->isSequential()) {
        file->close();
        return refuseNotRegular(error, path);
    }
    if (file->size() > maxBytes) {
        const qint64 size = file->size();
        file->close();
        return refuseTooLarge(error, path, size, maxBytes);
    }
    return true;
}
#endif

} // namespace

bool openBoundedFile(QFile *file, const QString &path, qint64 maxBytes, FileError *error)
{
    file->close();
    if (!checkPath(path, error))
        return false;
    return openDescriptor(file, path, maxBytes, error);
}

std::optional<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes, FileError *error)
{
    QFile file;
    if (!openBoundedFile(&file, path, maxBytes, error))
        return std::nullopt;
    // Read in chunks up to one byte past the limit: that byte tells a file that grew since the
    // check, and no buffer is sized by the limit itself.
    QByteArray content;
    content.reserve(qMin(file.size(), maxBytes));
    char chunk[64 * 1024];
    while (content.size() <= maxBytes) {
        const qint64 room = maxBytes - content.size();
        const qint64 n = file.read(chunk, room > 0 ? qMin<qint64>(sizeof chunk, room) : 1);
        if (n <= 0)
            break;
        content.append(chunk, n);
    }
    if (file.error() != QFileDevice::NoError) {
        refuse(error, FileProblem::Unreadable,
               u"cannot read %1: %2"_s.arg(path, file.errorString()));
        return std::nullopt;
    }
    if (content.size() > maxBytes) {
        refuse(error, FileProblem::TooLarge,
               u"%1 is too large: it grew past %2 bytes while it was read"_s.arg(path).arg(
                       maxBytes));
        return std::nullopt;
    }
    if (error)
        *error = {};
    return content;
}

} // namespace trace
