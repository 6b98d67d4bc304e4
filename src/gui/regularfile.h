#pragma once

#include <QString>

class QFile;

namespace gui {

// Every file the window reads (workspaces, traces, files to send) goes through here, because
// a path can name what never ends: /dev/zero reports a size of 0 and reads forever, and
// opening a FIFO waits for a writer. Only regular files are read, and only up to a size.

// Why path cannot be read as a regular file (missing, a folder, a device, a FIFO, a socket,
// unreadable), or an empty string. Looks at the path only; it never opens it.
QString regularFileProblem(const QString &path);

// Opens file (its fileName() set) for reading when it is a regular file of at most maxBytes.
// Otherwise false, the file closed, and a readable *error.
bool openRegularFile(QFile *file, qint64 maxBytes, QString *error);

} // namespace gui
