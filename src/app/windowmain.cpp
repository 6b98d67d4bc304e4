#include "windowmode.h"

#include <QByteArray>

#include <algorithm>
#include <csignal>
#include <cstring>

// netbench-window: the window, started by `netbench` (no command, or `gui`) through exec()
// with the same arguments (see runWindow() in main.cpp).
int main(int argc, char *argv[])
{
    std::signal(SIGPIPE, SIG_IGN);
    // Help needs no display: Qt's offscreen platform lets it list Qt's options too.
    const bool help = std::any_of(argv + 1, argv + argc, [](const char *word) {
        return std::strcmp(word, "-h") == 0 || std::strcmp(word, "--help") == 0
                || std::strcmp(word, "-?") == 0 || std::strcmp(word, "--help-all") == 0;
    });
    if (help)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return WindowCommand::run(argc, argv);
}
