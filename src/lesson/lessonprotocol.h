#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace lesson {

// What a lesson's script reports to a host that ran it with ProtocolArgument: one line of
// standard output each, "\x01lesson " and a JSON object (see js/prelude.js).
struct LessonMessage
{
    enum class Kind {
        StepStarted, // step
        Skipped,     // step: a learner action with no headless fallback
        Doing,       // step: the learner asked for the learner action to be done for them
        Labelled,    // id, endpoint, role: a socket or server got its label
        Event,       // endpoint, id, role, name, fields, ms: something observed
        Noticed,     // step, expectation, endpoint, id, role, name, fields: an expectation met
        StepDone,    // step
        Finished,    // every step is done
        Failed,      // message
    };
    Kind kind = Kind::Event;
    int step = -1;
    int expectation = -1;
    bool isServer = false; // endpoint "server": a server's event or call, else a socket's
    quint64 id = 0;        // the trace's endpoint id; 0 when the runtime has none (node)
    QString role;
    QString name;
    QString message;
    double ms = 0;
    QJsonObject fields;
};

// The message in one line of output (without its newline); std::nullopt for the script's own
// output.
std::optional<LessonMessage> parseLessonMessage(QByteArrayView line);

} // namespace lesson
