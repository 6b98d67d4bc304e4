#include "stdiorelay.h"

#include "stdinreader.h"
#include "stdoutwriter.h"

#include "net/socket.h"

StdioRelay::StdioRelay(StdinReader *input, StdoutWriter *output, QObject *parent)
    : QObject(parent)
    , m_input(input)
    , m_output(output)
{
    connect(m_input, &StdinReader::dataRead, this, &StdioRelay::onInput);
    connect(m_input, &StdinReader::ended, this, &StdioRelay::onInputEnded);
    connect(m_output, &StdoutWriter::drained, this, &StdioRelay::onOutputDrained);
}

void StdioRelay::addSocket(netcore::Socket *socket)
{
    using netcore::Socket;
    m_sockets.append(socket);
    connect(socket, &Socket::dataReceived, this, &StdioRelay::onSocketData);
    connect(socket, &Socket::drained, this, [this, socket] { onSocketDrained(socket); });
    connect(socket, &Socket::closed, this, [this, socket] { forgetSocket(socket); });
    connect(socket, &QObject::destroyed, this, &StdioRelay::forgetSocket);
    if (m_outputFull)
        socket->pause();
    if (m_input->atEnd())
        socket->end();
    m_input->start();
    updateInput();
}

void StdioRelay::onInput(const QByteArray &chunk)
{
    for (netcore::Socket *socket : std::as_const(m_sockets)) {
        // A socket that ended its side (the peer's FIN without allowHalfOpen) takes no more.
        if (socket->isWritable() && !socket->write(chunk) && !m_waitingForDrain.contains(socket))
            m_waitingForDrain.append(socket);
    }
    updateInput();
}

void StdioRelay::onInputEnded()
{
    for (netcore::Socket *socket : std::as_const(m_sockets))
        socket->end();
}

void StdioRelay::onSocketData(const QByteArray &chunk)
{
    if (m_output->write(chunk) || m_outputFull)
        return;
    m_outputFull = true;
    for (netcore::Socket *socket : std::as_const(m_sockets))
        socket->pause();
}

void StdioRelay::onOutputDrained()
{
    if (!m_outputFull)
        return;
    m_outputFull = false;
    for (netcore::Socket *socket : std::as_const(m_sockets))
        socket->resume();
}

void StdioRelay::onSocketDrained(netcore::Socket *socket)
{
    m_waitingForDrain.removeOne(socket);
    updateInput();
}

// Only compares the pointer: from destroyed() the Socket part is already gone.
void StdioRelay::forgetSocket(QObject *socket)
{
    const auto matches
            = [socket](netcore::Socket *s) { return static_cast<QObject *>(s) == socket; };
    m_sockets.removeIf(matches);
    m_waitingForDrain.removeIf(matches);
    updateInput();
}

// Read standard input only while every socket can take more, and there is one.
void StdioRelay::updateInput()
{
    if (m_sockets.isEmpty() || !m_waitingForDrain.isEmpty())
        m_input->pause();
    else
        m_input->resume();
}
