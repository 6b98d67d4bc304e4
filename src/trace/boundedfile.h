#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QFile;

namespace trace {

// Every file netbench reads goes through here, because a path can name what never ends or
// never answers: /dev/zero reports a size of 0 and reads forever, opening a FIFO waits for a
// writer, a folder or a socket is no file at all. Only regular files are read, and only up to
// a size the caller names.

enum class FileProblem {
    None,
    Missing,    // nothing at the path
    Folder,     // a directory
    NotRegular, // a device, a FIFO or a socket
    Unreadable, // permissions, or an I/O error
    TooLarge,   // more than the caller's limit
};

struct FileError
{
    FileProblem problem = FileProblem::None;
    QString message; // English, names the path: "/dev/zero is not a regular file (...)"
};

// Opens path into *file (read-only) when it is a regular file of at most maxBytes; otherwise
// false with *error set and *file closed. What was opened is checked, not only the path, so a
// path swapped in between changes nothing; nothing here blocks (a FIFO is refused, not opened
// to wait for a writer). The file can still grow after the check: read at most maxBytes.
bool openBoundedFile(QFile *file, const QString &path, qint64 maxBytes, FileError *error);

// The whole content of a regular file of at most maxBytes (also if it grows while read).
std::optional<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes, FileError *error);

} // namespace trace
