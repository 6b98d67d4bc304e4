#include "mode.h"

void Mode::interrupt(int signalNumber)
{
    Q_EMIT finished(128 + signalNumber);
}
