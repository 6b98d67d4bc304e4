#pragma once

// What the window programs in bench/gui share: running the loop until something is true,
// questions answered without a person, and a listener started through the window.

#include "gui/mainwindow.h"
#include "session/enginethread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <functional>

namespace windowdriver {

// Runs the event loop until done() or timeoutMs.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// Runs the event loop for ms.
inline void settle(int ms)
{
    waitUntil([] { return false; }, ms);
}

// Nobody answers questions here: quitting with live connections is fine (Qt 6's quit()
// closes the windows, which asks).
inline void answerQuestionsYes(gui::MainWindow &window)
{
    gui::UserPrompts prompts = gui::UserPrompts::interactive();
    prompts.confirm = [](QWidget *, const QString &, const QString &) { return true; };
    window.setPrompts(prompts);
}

// Makes the listener through the window and returns its port, or 0 when it did not start.
// The engine's signals are recorded by the spies as they are emitted: they are polled.
inline int startListener(gui::MainWindow &window, const session::ListenerSpec &listener)
{
    session::Engine *engine = window.engineThread()->engine();
    QSignalSpy appeared(engine, &session::Engine::endpointAppeared);
    QSignalSpy snapshots(engine, &session::Engine::snapshotReady);
    window.createListener(listener);
    int port = 0;
    waitUntil([&] {
        if (appeared.isEmpty())
            return false;
        const quint64 serverId = appeared.first().at(0).toULongLong();
        window.engineThread()->post(
                [serverId](session::Engine &e) { e.requestSnapshot(serverId); });
        settle(20);
        for (const QList<QVariant> &args : std::as_const(snapshots)) {
            const auto snapshot = args.at(0).value<session::EndpointSnapshot>();
            if (snapshot.id == serverId && snapshot.listening && snapshot.serverAddress)
                port = snapshot.serverAddress->port;
        }
        return port > 0;
    });
    return port;
}

} // namespace windowdriver
