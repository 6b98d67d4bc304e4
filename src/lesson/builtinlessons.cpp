#include "builtinlessons.h"

#include "lessonparser.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace lesson {

namespace {

QString &languageSetting()
{
    static QString language;
    return language;
}

} // namespace

QStringList builtinLessonNames()
{
    // Teaching order: each lesson uses what the ones before it showed.
    static const QStringList order {
            u"connect-data-close"_s, u"stream-boundaries"_s, u"half-close"_s,
            u"fin-close-rst"_s,      u"backpressure"_s,      u"nagle"_s,
            u"timeout-keepalive"_s,  u"connection-errors"_s, u"unix-socket"_s};
    QStringList present;
    for (const QString &name : order) {
        if (QFile::exists(builtinLessonPath(name, QString())))
            present.append(name);
    }
    return present;
}

void setBuiltinLessonLanguage(const QString &language)
{
    languageSetting() = language;
}

QString builtinLessonLanguage()
{
    return languageSetting();
}

QString builtinLessonPath(const QString &name, const QString &language)
{
    const QString folder = language.isEmpty() ? QString() : language + u'/';
    return u":/netbench/lessons/"_s + folder + name + u".lesson"_s;
}

QString builtinLessonPath(const QString &name)
{
    const QString translated = builtinLessonPath(name, builtinLessonLanguage());
    return QFile::exists(translated) ? translated : builtinLessonPath(name, QString());
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
    const QString path = builtinLessonPath(nameOrPath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    // Errors name the file as in the source tree: "de/half-close.lesson:12: ...".
    const QString sourceName = path.mid(path.indexOf(u"lessons/"_s) + int(qstrlen("lessons/")));
    std::optional<Lesson> lesson = parseLesson(file.read(MaxLessonBytes), sourceName, error);
    if (lesson)
        lesson->name = nameOrPath;
    return lesson;
}

} // namespace lesson
