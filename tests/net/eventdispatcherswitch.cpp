// Linked into every test executable that may run under netcore's epoll dispatcher: before
// main() creates the application object, NETBENCH_EVENT_DISPATCHER=epoll installs it for the
// main thread (the CTest variants `net.epoll.*` set it), as netbench's headless modes do.

#include "net/epolleventdispatcher.h"

#include <QCoreApplication>

namespace {

void installChosenEventDispatcher()
{
    if (QAbstractEventDispatcher *dispatcher = netcore::EpollEventDispatcher::createIfChosen())
        QCoreApplication::setEventDispatcher(dispatcher);
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(installChosenEventDispatcher)
