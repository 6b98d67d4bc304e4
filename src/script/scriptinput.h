#pragma once

#include <QByteArray>
#include <QMutex>

#include <functional>

namespace script {

// What a host writes into a run as its process.stdin (RunOptions::input): the window's Lessons
// panel tells a lesson's script when the learner presses Next this way. Any thread writes; the
// run reads on its own thread. Bytes written before the run starts, or while the script does
// not read, wait for it.
class ScriptInput final
{
public:
    void write(const QByteArray &bytes);
    void end(); // 'end' on process.stdin once what was written is read

private:
    friend class InputBridge;
    // The run's reader: called on the writer's thread, under the lock, after a write() or
    // end(); it only posts itself a call to take().
    void setNotifier(std::function<void()> notify);
    // What was written since the last take, and whether end() was called.
    QByteArray take(bool *ended);

    QMutex m_mutex;
    QByteArray m_pending;
    bool m_ended = false;
    std::function<void()> m_notify;
};

} // namespace script
