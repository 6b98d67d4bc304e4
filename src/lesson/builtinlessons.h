#pragma once

#include "lesson.h"

#include <QStringList>

#include <optional>

namespace lesson {

// The lessons compiled into netbench (resources/lessons/*.lesson), in teaching order.
QStringList builtinLessonNames();
// The resource path of a built-in lesson ("half-close" -> ":/netbench/lessons/half-close.lesson").
QString builtinLessonPath(const QString &name);

// A built-in lesson by name, or a lesson file by path (anything with a '/' or ending in
// ".lesson"); std::nullopt with *error set when there is none or it does not parse.
std::optional<Lesson> findLesson(const QString &nameOrPath, QString *error);

} // namespace lesson
