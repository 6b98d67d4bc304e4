#include "stdiomode.h"

#include "cli.h"
#include "stdinreader.h"
#include "stdiorelay.h"
#include "stdoutwriter.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

// "at least": bytes the kernel had taken are lost too when the peer resets, uncounted.
QString notDelivered(qint64 bytes, const QString &why)
{
    return StdioMode::tr("at least %1 bytes of standard input were not delivered: %2")
            .arg(bytes)
            .arg(why);
}

} // namespace

StdioMode::StdioMode(QObject *parent)
    : Mode(parent)
    , m_input(new StdinReader(STDIN_FILENO, this))
    , m_output(new StdoutWriter(STDOUT_FILENO, this))
    , m_relay(new StdioRelay(m_input, m_output, this))
{
    connect(m_input, &StdinReader::failed, this, [this](const QString &message) {
        cli::printMessage(message);
        fail(cli::ExitFailure);
    });
    connect(m_output, &StdoutWriter::failed, this, [this](int errnoValue) {
        m_outputFailed = true;
        if (errnoValue == EPIPE) {
            fail(cli::ExitOutputClosed);
        } else {
            cli::printMessage(tr("cannot write standard output: %1")
                                      .arg(QString::fromLocal8Bit(std::strerror(errnoValue))));
            fail(cli::ExitFailure);
        }
        onOutputFailed();
    });
    connect(m_output, &StdoutWriter::finished, this, [this] { Q_EMIT finished(m_exitCode); });
}

void StdioMode::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_output->finish(); // finished() follows once standard output has taken everything
}

void StdioMode::fail(int exitCode)
{
    if (m_exitCode == cli::ExitOk)
        m_exitCode = exitCode;
}

void StdioMode::reportConnectionEnd(qint64 relayUndeliveredBytes, const QString &failure,
                                    bool endedByPeer)
{
    if (m_outputFailed)
        return; // we stopped because output failed: that was reported
    const qint64 undelivered = relayUndeliveredBytes + m_input->unreadBytes();
    QString line = failure;
    if (undelivered > 0) {
        const QString why = !failure.isEmpty() ? failure
                : endedByPeer ? tr("the peer ended the connection (--no-half-close)")
                              : tr("the connection closed");
        line = notDelivered(undelivered, why);
    }
    if (line.isEmpty())
        return;
    cli::printMessage(line);
    fail(cli::ExitFailure);
}

void StdioMode::reportOneOfManyEnded(qint64 relayUndeliveredBytes, const QString &failure) const
{
    // A client that hangs up gets no more of the shared input, and that is no failure.
    if (m_outputFailed || failure.isEmpty())
        return;
    cli::printMessage(relayUndeliveredBytes > 0 ? notDelivered(relayUndeliveredBytes, failure)
                                                : failure);
}
