#include "stdiomode.h"

#include "cli.h"
#include "stdinreader.h"
#include "stdiorelay.h"
#include "stdoutwriter.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

StdioMode::StdioMode(QObject *parent)
    : Mode(parent)
    , m_input(new StdinReader(STDIN_FILENO, this))
    , m_output(new StdoutWriter(STDOUT_FILENO, this))
    , m_relay(new StdioRelay(m_input, m_output, this))
{
    connect(m_input, &StdinReader::failed, this, &cli::printMessage);
    connect(m_output, &StdoutWriter::failed, this, [this](int errnoValue) {
        onOutputFailed(errnoValue);
    });
    connect(m_output, &StdoutWriter::finished, this, [this] { Q_EMIT finished(m_exitCode); });
}

void StdioMode::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = exitCode;
    m_output->finish();  // finished() follows once standard output has taken everything
}

bool StdioMode::reportOutputFailure(int errnoValue) const
{
    if (errnoValue == EPIPE)
        return false;
    cli::printMessage(tr("cannot write standard output: %1")
                              .arg(QString::fromLocal8Bit(std::strerror(errnoValue))));
    return true;
}
