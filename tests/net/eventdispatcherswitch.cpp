// Linked into every netcore test executable: before main() creates the application object,
// netcore's epoll dispatcher is installed for the main thread, as netbench's headless modes do;
// NETBENCH_EVENT_DISPATCHER=qt keeps Qt's own (the CTest variants `net.qt.*` set it).

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
