#pragma once

#include "lesson.h"

#include <QByteArray>

#include <optional>

namespace lesson {

// The largest lesson file read: lessons are text a person writes.
inline constexpr qint64 MaxLessonBytes = 1024 * 1024;

// Parses a lesson (format: resources/lessons/README.md). sourceName names the file in errors,
// which read "SOURCE:LINE: what is wrong"; on failure std::nullopt with *error set.
std::optional<Lesson> parseLesson(const QByteArray &text, const QString &sourceName,
                                  QString *error);

// Reads and parses a lesson file (a regular file of at most MaxLessonBytes).
std::optional<Lesson> loadLessonFile(const QString &path, QString *error);

} // namespace lesson
