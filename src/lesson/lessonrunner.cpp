#include "lessonrunner.h"

#include "lessonscript.h"

#include <QTemporaryDir>

namespace lesson {

int runLesson(const Lesson &lesson, const QStringList &arguments,
              const script::OutputHandler &output,
              const std::shared_ptr<script::StopHandle> &stopHandle)
{
    const auto report = [&output](const QString &message) {
        const QByteArray bytes = (message + u'\n').toUtf8();
        if (output)
            output(script::OutputChannel::StandardError, bytes);
        else
            fputs(bytes.constData(), stderr);
        return 1;
    };
    QTemporaryDir folder;
    if (!folder.isValid())
        return report(folder.errorString());
    QString error;
    script::RunOptions options;
    options.scriptPath = writeLessonScript(lesson, folder.path(), &error);
    if (options.scriptPath.isEmpty())
        return report(error);
    options.arguments = arguments;
    options.output = output;
    options.stopHandle = stopHandle;
    return script::runScript(options);
}

} // namespace lesson
