#include "modulesandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace script {

namespace {

// Closes the descriptor on every path out of read().
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    { }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

ModuleSandbox::ModuleSandbox(const QString &mainScriptPath)
{
    const QFileInfo main(QDir::current().absoluteFilePath(mainScriptPath));
    m_mainScript = main.canonicalFilePath();
    // A main script that does not exist is reported as missing by require(); its folder is
    // still the sandbox's.
    m_root = m_mainScript.isEmpty() ? QDir::cleanPath(main.absolutePath())
                                    : QFileInfo(m_mainScript).absolutePath();
}

bool ModuleSandbox::isInside(const QString &absolutePath) const
{
    if (m_root == "/"_L1)
        return absolutePath.startsWith(u'/');
    return absolutePath == m_root
            || (absolutePath.startsWith(m_root) && absolutePath.at(m_root.size()) == u'/');
}

ModuleSandbox::Verdict ModuleSandbox::check(const QString &path, QString *realPath) const
{
    // The path as written first: what lies outside is not even looked at, so that a script
    // cannot learn which files exist there.
    if (!QDir::isAbsolutePath(path) || !isInside(QDir::cleanPath(path)))
        return Verdict::Outside;
    const QFileInfo info(path);
    if (!info.exists())
        return Verdict::Missing;
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return Verdict::Missing;
    if (!isInside(canonical))
        return Verdict::Outside; // a symbolic link (or one in the path) leads out
    if (realPath)
        *realPath = canonical;
    if (info.isDir())
        return Verdict::Directory;
    if (!info.isFile())
        return Verdict::NotRegular; // a device, FIFO or socket
    if (canonical != m_mainScript && !canonical.endsWith(".js"_L1)
        && !canonical.endsWith(".json"_L1)) {
        return Verdict::WrongExtension;
    }
    return Verdict::File;
}

ModuleSandbox::Verdict ModuleSandbox::read(const QString &path, QByteArray *bytes,
                                           qint64 *size) const
{
    QString canonical;
    const Verdict verdict = check(path, &canonical);
    if (verdict != Verdict::File)
        return verdict == Verdict::Directory ? Verdict::NotRegular : verdict;
    // The canonical path has no link in it; O_NOFOLLOW keeps it so if the last one was swapped
    // for a link since, O_NONBLOCK keeps a FIFO swapped in from blocking the open.
    const FileDescriptor file(::open(QFile::encodeName(canonical).constData(),
                                     O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (file.get() < 0)
        return Verdict::Missing;
    struct stat status = {};
    if (::fstat(file.get(), &status) != 0 || !S_ISREG(status.st_mode))
        return Verdict::NotRegular;
    *size = qint64(status.st_size);
    if (*size > MaxFileSize)
        return Verdict::TooLarge;
    // Read at most one byte past the limit: a file that grows meanwhile is refused too.
    QByteArray content(qsizetype(*size) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < content.size()) {
        const ssize_t got
                = ::read(file.get(), content.data() + filled, size_t(content.size() - filled));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        filled += got;
        if (filled == content.size() && filled <= MaxFileSize)
            content.resize(qMin(MaxFileSize + 1, content.size() * 2));
    }
    if (filled > MaxFileSize) {
        *size = filled;
        return Verdict::TooLarge;
    }
    content.truncate(filled);
    *bytes = std::move(content);
    return Verdict::File;
}

QString ModuleSandbox::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::File: return u"file"_s;
    case Verdict::Directory: return u"directory"_s;
    case Verdict::Missing: return u"missing"_s;
    case Verdict::Outside: return u"outside"_s;
    case Verdict::NotRegular: return u"notRegular"_s;
    case Verdict::WrongExtension: return u"wrongExtension"_s;
    case Verdict::TooLarge: return u"tooLarge"_s;
    }
    return {};
}

} // namespace script
