#include "regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace gui {

namespace {

// lupdate finds the strings through a class's tr(): the context is gui::RegularFile.
struct RegularFileText
{
    Q_DECLARE_TR_FUNCTIONS(gui::RegularFile)
};

QString notRegular(const QString &path)
{
    return RegularFileText::tr("%1 is not a regular file (a device, a FIFO or a socket).")
            .arg(path);
}

} // namespace

QString regularFileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return RegularFileText::tr("No such file: %1").arg(path);
    if (info.isDir())
        return RegularFileText::tr("%1 is a folder, not a file.").arg(path);
    if (!info.isFile())
        return notRegular(path);
    if (!info.isReadable())
        return RegularFileText::tr("%1 cannot be read.").arg(path);
    return {};
}

bool openRegularFile(QFile *file, qint64 maxBytes, QString *error)
{
    const QString path = file->fileName();
    const auto refuse = [file, error](const QString &message) {
        file->close();
        if (error)
            *error = message;
        return false;
    };
    if (const QString problem = regularFileProblem(path); !problem.isEmpty())
        return refuse(problem);
    if (!file->open(QIODevice::ReadOnly))
        return refuse(RegularFileText::tr("Cannot open %1: %2").arg(path, file->errorString()));
    // Checked again on what was opened: the path may have been replaced in between.
    if (file->isSequential())
        return refuse(notRegular(path));
    if (file->size() > maxBytes) {
        const QLocale locale;
        return refuse(RegularFileText::tr("%1 is too large (%2; at most %3).")
                              .arg(path, locale.formattedDataSize(file->size()),
                                   locale.formattedDataSize(maxBytes)));
    }
    return true;
}

} // namespace gui
