#pragma once

#include "lesson.h"

#include <QString>

namespace lesson {

// The lesson as a Node-style script: the JavaScript text of the lesson's main file, whose line
// N is the lesson file's line N (so errors in a step's code name the lesson's own line). It
// requires ./prelude.js (preludeSource()) from its folder.
QString lessonScript(const Lesson &lesson);
QByteArray preludeSource();

// Writes "<name>.lesson.js" and "prelude.js" into folder; returns the main file's path, or an
// empty string with *error set.
QString writeLessonScript(const Lesson &lesson, const QString &folder, QString *error);

// What the script's arguments select (process.argv after the script).
inline constexpr char16_t WindowArgument[] = u"--window";     // the learner acts in the window
inline constexpr char16_t ProtocolArgument[] = u"--protocol"; // JSON lines for the panel

} // namespace lesson
