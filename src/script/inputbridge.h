#pragma once

#include "bridge.h"

#include <memory>

namespace script {

class ScriptInput;

// process.stdin's native half when the host gives the run an input (RunOptions::input): what
// the host writes comes to js/internal/stdin.js as Data events, its end as an End event. While
// the script reads (a 'data' listener, resume()) and the input has not ended, the run stays
// alive, as a flowing stdin keeps node's.
class InputBridge final : public Bridge
{
    Q_OBJECT
public:
    InputBridge(Runtime *runtime, std::shared_ptr<ScriptInput> input);
    ~InputBridge() override;

    bool isAwaitingEvents() const override { return m_reading && !m_endDelivered; }

    Q_INVOKABLE void setReading(bool reading);

private:
    void deliver();
    void postDeliver();

    std::shared_ptr<ScriptInput> m_input;
    bool m_reading = false;
    bool m_deliveryPosted = false;
    bool m_endDelivered = false;
};

} // namespace script
