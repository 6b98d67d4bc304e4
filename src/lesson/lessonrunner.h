#pragma once

#include "lesson.h"

#include "script/scriptrunner.h"

#include <QStringList>

namespace lesson {

// Runs a lesson headless on the current thread's event loop, as `netbench run` runs a script:
// the lesson's script is written to a temporary folder and run by the script runtime. It
// prints the narration, the events as they happen and what each step noticed; the exit code
// is 0 when every expectation was met, 1 (with "lesson failed: ..." naming the first unmet
// one on stderr) otherwise. arguments go to the script (lessonscript.h).
int runLesson(const Lesson &lesson, const QStringList &arguments = {},
              const script::OutputHandler &output = {},
              const std::shared_ptr<script::StopHandle> &stopHandle = {});

} // namespace lesson
