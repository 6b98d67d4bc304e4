#pragma once

#include <QObject>

// One run of a command-line mode (listen, connect) on the event loop: cli::runMode() calls
// start() once the loop runs and quits with the code that finished() gives.
class Mode : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    // SIGINT or SIGTERM arrived. The default finishes at once with 128 + signalNumber, as a
    // shell reports a program killed by that signal.
    virtual void interrupt(int signalNumber);

Q_SIGNALS:
    void finished(int exitCode);
};
