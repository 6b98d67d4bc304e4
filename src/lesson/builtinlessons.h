#pragma once

#include "lesson.h"

#include <QStringList>

#include <optional>

namespace lesson {

// The lessons compiled into netbench (resources/lessons/*.lesson), in teaching order.
QStringList builtinLessonNames();

// The language the built-in lessons are read in: the folder of resources/lessons holding its
// translations ("de", "zh_CN"), empty for English. The program sets it from the translation it
// loaded for the window and the command line (src/app/translators.cpp), so the lessons speak
// the language of the buttons around them.
void setBuiltinLessonLanguage(const QString &language);
QString builtinLessonLanguage();

// The resource path of a built-in lesson in a language, whether or not it exists
// ("half-close", "de" -> ":/netbench/lessons/de/half-close.lesson"; "" -> the English file).
QString builtinLessonPath(const QString &name, const QString &language);
// The built-in lesson's file in builtinLessonLanguage(), or the English one when that
// language has none.
QString builtinLessonPath(const QString &name);

// A built-in lesson by name (in builtinLessonLanguage()), or a lesson file by path (anything
// with a '/' or ending in ".lesson"); std::nullopt with *error set when there is none or it
// does not parse.
std::optional<Lesson> findLesson(const QString &nameOrPath, QString *error);

} // namespace lesson
