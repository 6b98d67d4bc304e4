#include "inputbridge.h"

#include "runtime.h"
#include "scriptinput.h"

#include <net/netobserver.h>

namespace script {

InputBridge::InputBridge(Runtime *runtime, std::shared_ptr<ScriptInput> input)
    : Bridge(runtime, netcore::nextEndpointId())
    , m_input(std::move(input))
{
    // Called on the host's thread: the delivery runs on the run's. The destructor clears it
    // under the input's lock, and a call posted to this object is dropped with it.
    m_input->setNotifier([this] {
        QMetaObject::invokeMethod(this, &InputBridge::postDeliver, Qt::QueuedConnection);
    });
}

InputBridge::~InputBridge()
{
    m_input->setNotifier({});
}

void InputBridge::setReading(bool reading)
{
    m_reading = reading;
    if (reading)
        postDeliver();
}

// Never from inside the script's call (resume() must not emit 'data' synchronously).
void InputBridge::postDeliver()
{
    if (m_deliveryPosted)
        return;
    m_deliveryPosted = true;
    QMetaObject::invokeMethod(this, &InputBridge::deliver, Qt::QueuedConnection);
}

void InputBridge::deliver()
{
    m_deliveryPosted = false;
    if (!m_reading || m_endDelivered)
        return;
    bool ended = false;
    const QByteArray bytes = m_input->take(&ended);
    if (!bytes.isEmpty())
        emitEvent(Event::Data, engineValue(bytes));
    if (ended && m_reading) {
        m_endDelivered = true;
        emitEvent(Event::End);
    }
}

} // namespace script
