#pragma once

#include <QCoreApplication>
#include <QStringList>

// `netbench lesson NAME|FILE`: runs a guided lesson headless (src/lesson): prints each step's
// narration and the events as they happen and checks what each step expects.
class LessonCommand final
{
    Q_DECLARE_TR_FUNCTIONS(LessonCommand)
public:
    // Parses the words after `netbench lesson`, runs the lesson, returns its exit code.
    static int run(const QStringList &arguments);
};
