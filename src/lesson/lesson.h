#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace lesson {

// One field test of an expectation: "ok=false", "bytes>0", "code=ECONNRESET", "text~hello".
struct FieldCheck
{
    QString key;
    QString op; // "=", "!=", ">", "<" or "~" (contains)
    QString value;
};

// "What to notice": one event or call a step waits for. role is a label ("client", "server",
// "accepted", or one the script gave with lesson.label()) or "*" for any; name is a Node event
// name ("end") or a call with its parentheses ("write()").
struct Expectation
{
    QString text; // as written, for messages
    int line = 0;
    QString role;
    QString name;
    QList<FieldCheck> fields;

    bool isCall() const { return name.endsWith(u"()"); }
};

struct LessonStep
{
    QString title;
    int line = 0;          // the step's "## " heading
    QStringList narration; // paragraphs
    QString instruction;   // "do:": what the learner does in the window; empty for none
    bool hasCode = false;  // a code block: the action, or the learner action's fallback
    int timeoutMs = 0;     // 0: the default
    QList<Expectation> expectations;

    bool isLearnerAction() const { return !instruction.isEmpty(); }
};

struct Lesson
{
    QString name; // the file's base name: "half-close"
    QString title;
    QStringList summary;
    QList<LessonStep> steps;
    int lineCount = 0;
    QMap<int, QString> code; // line number -> code line, for every line inside a code block
};

} // namespace lesson
