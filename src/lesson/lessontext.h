#pragma once

#include "lesson.h"

#include <QJsonObject>

namespace lesson {

// The columns a headless lesson's text fills: an 80-column terminal with a column to spare.
inline constexpr int HeadlessTextWidth = 78;

// How long a step's code and expectations may take when the lesson names no timeout.
inline constexpr int DefaultStepTimeoutMs = 5000;

// Everything a headless run prints but the events' own names and fields, in the UI's language
// (QCoreApplication::translate, so lupdate finds it here and not in prelude.js) and laid out by
// display width (src/text), for the prelude to print as it is: the title and summary, each
// step's heading, narration and notices, the failure messages, and the words of event lines.
// So the prelude has no wrap of its own and the exported script speaks the same language.
QJsonObject headlessText(const Lesson &lesson);

} // namespace lesson
