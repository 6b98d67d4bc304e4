#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>

class QFile;

namespace session {

// Every file the window reads (workspaces, traces, files to send) goes through here, because
// a path can name what never ends: /dev/zero reports a size of 0 and reads forever, and
// opening a FIFO waits for a writer. The checks are trace::openBoundedFile()'s (regular files
// only, up to a size, never blocking); this adds the window's translated messages.

// Why path cannot be read as a regular file (missing, a folder, a device, a FIFO, a socket,
// unreadable), or an empty string.
QString regularFileProblem(const QString &path);

// Opens file (its fileName() set) for reading when it is a regular file of at most maxBytes.
// Otherwise false, the file closed, and a readable *error.
bool openRegularFile(QFile *file, qint64 maxBytes, QString *error);

// Every file the window writes (workspaces, exports, saved conversations) goes through here
// too. The bytes go to a temporary file moved into place at the end (QSaveFile), so a full
// disk leaves an old file as it was. A path that names something other than a regular file is
// refused before anything is written: QSaveFile would replace a device such as /dev/full, a
// FIFO or a socket with a file of its own (where the folder lets it, e.g. /dev as root).
//
// produce(write) hands the content over in pieces; write() returns false once writing failed
// (later pieces are dropped). Returns false with a readable *error naming the path.
using WriteFunction = std::function<bool(QByteArrayView bytes)>;
bool writeRegularFile(const QString &path,
                      const std::function<void(const WriteFunction &)> &produce, QString *error);

} // namespace session
