#include "stdiorelay.h"

#include "stdinreader.h"
#include "stdiohexdump.h"
#include "stdoutwriter.h"

#include "net/socket.h"

#include <QPointer>

#include <algorithm>

using netcore::NetError;
using netcore::Socket;

namespace {

// LF -> CR LF, leaving a CR LF as it is (ncat -C); previousWasCr carries across chunks.
QByteArray withCrlf(const QByteArray &chunk, bool *previousWasCr)
{
    QByteArray converted;
    converted.reserve(chunk.size() + chunk.count('\n'));
    for (const char byte : chunk) {
        if (byte == '\n' && !*previousWasCr)
            converted += '\r';
        converted += byte;
        *previousWasCr = byte == '\r';
    }
    return converted;
}

} // namespace

StdioRelay::StdioRelay(StdinReader *input, StdoutWriter *output, QObject *parent)
    : QObject(parent)
    , m_input(input)
    , m_output(output)
{
    connect(m_input, &StdinReader::dataRead, this, &StdioRelay::onInput);
    connect(m_input, &StdinReader::ended, this, &StdioRelay::onInputEnded);
    connect(m_output, &StdoutWriter::drained, this, &StdioRelay::onOutputDrained);
}

void StdioRelay::addSocket(Socket *socket)
{
    Relayed added;
    added.socket = socket;
    m_sockets.append(added);
    connect(socket, &Socket::dataReceived, this, &StdioRelay::onSocketData);
    connect(socket, &Socket::drained, this, [this, socket] { onSocketDrained(socket); });
    // Without allowHalfOpen the peer's FIN ends our side too, right after ended(): queued, to
    // see the socket no longer writable and stop reading input for it.
    connect(socket, &Socket::ended, this, &StdioRelay::updateInput, Qt::QueuedConnection);
    connect(socket, &Socket::errorOccurred, this, [this, socket](const NetError &error) {
        if (Relayed *relayed = find(socket); relayed && !relayed->error)
            relayed->error = error;
    });
    connect(socket, &Socket::closed, this, [this, socket] { onSocketClosed(socket); });
    connect(socket, &QObject::destroyed, this, &StdioRelay::forgetSocket);
    if (m_outputFull || m_stopped)
        socket->pause();
    if (m_options.receiveOnly) {
        // Nothing to send: our side ends with the peer's, as if standard input were empty.
        if (!m_options.answered)
            connect(socket, &Socket::ended, socket, qOverload<>(&Socket::end));
        return;
    }
    if (m_input->atEnd() && !m_options.answered)
        endSending(socket);
    m_input->start();
    updateInput();
}

void StdioRelay::onInput(const QByteArray &input)
{
    const QByteArray chunk = m_options.crlf ? withCrlf(input, &m_inputEndedWithCr) : input;
    const qint64 size = chunk.size();
    for (Relayed &relayed : m_sockets) {
        *relayed.undelivered += size;
        if (!relayed.socket->isWritable())
            continue; // read for it, never to be sent: counted as undelivered
        const auto taken = [undelivered = relayed.undelivered, size](const NetError &error) {
            if (!error)
                *undelivered -= size;
        };
        if (m_hexDump)
            m_hexDump->record(StdioHexDump::Direction::Sent, StdioHexDump::peerName(relayed.socket),
                              chunk);
        if (!relayed.socket->write(chunk, taken))
            relayed.waitingForDrain = true;
    }
    updateInput();
}

void StdioRelay::onInputEnded()
{
    if (m_options.answered)
        return; // standard input is optional beside rules: they go on answering
    for (const Relayed &relayed : std::as_const(m_sockets))
        endSending(relayed.socket);
}

// --send-only quits when its input runs out, as ncat does: once everything before the end
// has been written there is nothing more to wait for.
void StdioRelay::endSending(Socket *socket)
{
    if (!m_options.sendOnly) {
        socket->end();
        return;
    }
    const QPointer<Socket> guarded(socket);
    socket->end({}, [guarded](const NetError &) {
        if (guarded && !guarded->isDestroyed())
            guarded->destroy();
    });
}

void StdioRelay::onSocketData(const QByteArray &chunk)
{
    if (m_hexDump) {
        if (const auto *socket = qobject_cast<const Socket *>(sender()))
            m_hexDump->record(StdioHexDump::Direction::Received, StdioHexDump::peerName(socket),
                              chunk);
    }
    if (m_options.sendOnly)
        return;
    if (m_output->write(chunk) || m_outputFull)
        return;
    m_outputFull = true;
    for (const Relayed &relayed : std::as_const(m_sockets))
        relayed.socket->pause();
}

void StdioRelay::stop()
{
    m_stopped = true;
    for (const Relayed &relayed : std::as_const(m_sockets))
        relayed.socket->pause();
    updateInput();
}

void StdioRelay::onOutputDrained()
{
    if (!m_outputFull || m_stopped)
        return;
    m_outputFull = false;
    for (const Relayed &relayed : std::as_const(m_sockets))
        relayed.socket->resume();
}

void StdioRelay::onSocketDrained(Socket *socket)
{
    if (Relayed *relayed = find(socket))
        relayed->waitingForDrain = false;
    updateInput();
}

// closed() follows the write callbacks of everything the socket took or dropped, so the
// count is final here.
void StdioRelay::onSocketClosed(Socket *socket)
{
    const Relayed *relayed = find(socket);
    if (!relayed)
        return;
    const qint64 undelivered = *relayed->undelivered;
    const NetError error = relayed->error;
    forgetSocket(socket);
    Q_EMIT socketFinished(socket, undelivered, error);
}

// Only compares the pointer: from destroyed() the Socket part is already gone.
void StdioRelay::forgetSocket(QObject *socket)
{
    m_sockets.removeIf([socket](const Relayed &relayed) {
        return static_cast<QObject *>(relayed.socket) == socket;
    });
    updateInput();
}

// Read standard input only while some socket can still send it and none is full.
void StdioRelay::updateInput()
{
    const bool canSend = std::any_of(m_sockets.cbegin(), m_sockets.cend(),
                                     [](const Relayed &r) { return r.socket->isWritable(); });
    const bool full = std::any_of(m_sockets.cbegin(), m_sockets.cend(), [](const Relayed &r) {
        return r.waitingForDrain && r.socket->isWritable();
    });
    if (canSend && !full && !m_options.receiveOnly && !m_stopped)
        m_input->resume();
    else
        m_input->pause();
}

StdioRelay::Relayed *StdioRelay::find(const QObject *socket)
{
    for (Relayed &relayed : m_sockets) {
        if (static_cast<QObject *>(relayed.socket) == socket)
            return &relayed;
    }
    return nullptr;
}
