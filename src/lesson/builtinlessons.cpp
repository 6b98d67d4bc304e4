#include "builtinlessons.h"

#include "lessonparser.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace lesson {

QStringList builtinLessonNames()
{
    // Teaching order: each lesson uses what the ones before it showed.
    static const QStringList order {
            u"connect-data-close"_s, u"stream-boundaries"_s, u"half-close"_s,
            u"fin-close-rst"_s,      u"backpressure"_s,      u"nagle"_s,
            u"timeout-keepalive"_s,  u"connection-errors"_s, u"unix-socket"_s};
    QStringList present;
    for (const QString &name : order) {
        if (QFile::exists(builtinLessonPath(name)))
            present.append(name);
    }
    return present;
}

QString builtinLessonPath(const QString &name)
{
    return u":/netbench/lessons/"_s + name + u".lesson"_s;
}

std::optional<Lesson> findLesson(const QString &nameOrPath, QString *error)
{
    const bool isPath = nameOrPath.contains(u'/') || nameOrPath.endsWith(u".lesson");
    if (isPath)
        return loadLessonFile(nameOrPath, error);
    if (!builtinLessonNames().contains(nameOrPath)) {
        *error = QCoreApplication::translate("lesson::Builtin",
                                             "no built-in lesson '%1' (netbench lesson --list "
                                             "lists them; a file's path works too)")
                         .arg(nameOrPath);
        return std::nullopt;
    }
    // Resources are no regular files for openBoundedFile(); they are ours and bounded.
    QFile file(builtinLessonPath(nameOrPath));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    std::optional<Lesson> lesson
            = parseLesson(file.read(MaxLessonBytes), nameOrPath + u".lesson"_s, error);
    if (lesson)
        lesson->name = nameOrPath;
    return lesson;
}

} // namespace lesson
