#include "regularfile.h"

#include "trace/boundedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <limits>

namespace session {

namespace {

// lupdate finds the strings through a class's tr(): the context is session::RegularFile.
struct RegularFileText
{
    Q_DECLARE_TR_FUNCTIONS(session::RegularFile)
};

QString notRegular(const QString &path)
{
    return RegularFileText::tr("%1 is not a regular file (a device, a FIFO or a socket).")
            .arg(path);
}

// What the window says about a file trace::openBoundedFile() refused, in the reader's language.
QString problemText(const trace::FileError &error, const QString &path, qint64 maxBytes)
{
    switch (error.problem) {
    case trace::FileProblem::None: return {};
    case trace::FileProblem::Missing: return RegularFileText::tr("No such file: %1").arg(path);
    case trace::FileProblem::Folder:
        return RegularFileText::tr("%1 is a folder, not a file.").arg(path);
    case trace::FileProblem::NotRegular: return notRegular(path);
    case trace::FileProblem::Unreadable: return RegularFileText::tr("%1 cannot be read.").arg(path);
    case trace::FileProblem::TooLarge: {
        const QLocale locale;
        return RegularFileText::tr("%1 is too large (%2; at most %3).")
                .arg(path, locale.formattedDataSize(QFileInfo(path).size()),
                     locale.formattedDataSize(maxBytes));
    }
    }
    return error.message;
}

} // namespace

QString regularFileProblem(const QString &path)
{
    QFile file;
    trace::FileError error;
    trace::openBoundedFile(&file, path, std::numeric_limits<qint64>::max(), &error);
    return problemText(error, path, 0);
}

bool openRegularFile(QFile *file, qint64 maxBytes, QString *error)
{
    const QString path = file->fileName();
    trace::FileError problem;
    if (trace::openBoundedFile(file, path, maxBytes, &problem))
        return true;
    if (error)
        *error = problemText(problem, path, maxBytes);
    return false;
}

bool writeRegularFile(const QString &path,
                      const std::function<void(const WriteFunction &)> &produce, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(path); // follows a symbolic link, as QSaveFile does
    if (info.isDir())
        return refuse(RegularFileText::tr("%1 is a folder, not a file.").arg(path));
    if (info.exists() && !info.isFile())
        return refuse(notRegular(path));
    const auto cannotWrite = [&path](const QString &reason) {
        return RegularFileText::tr("Cannot write %1: %2").arg(path, reason);
    };
    QSaveFile file(path);
    // Unbuffered: each write reaches the file at once, so its failure is seen by the write
    // (and by commit()) rather than lost in a flush.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return refuse(cannotWrite(file.errorString()));
    bool failed = false;
    produce([&file, &failed](QByteArrayView bytes) {
        // A short write is retried: the retry says why (ENOSPC, EFBIG) where the first did not.
        while (!failed && !bytes.isEmpty()) {
            const qint64 written = file.write(bytes.data(), bytes.size());
            if (written <= 0)
                failed = true;
            else
                bytes = bytes.sliced(written);
        }
        return !failed;
    });
    if (failed) // the temporary file goes with `file`
        return refuse(cannotWrite(file.errorString()));
    if (!file.commit())
        return refuse(cannotWrite(file.errorString()));
    return true;
}

} // namespace session
