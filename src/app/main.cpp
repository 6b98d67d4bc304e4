#include "cli.h"
#include "connectmode.h"
#include "demomode.h"
#include "helplayout.h"
#include "lessonmode.h"
#include "listenmode.h"
#include "relaymode.h"
#include "runmode.h"
#include "translators.h"

#include "net/epolleventdispatcher.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The texts of main() go through QCoreApplication::translate() with the literal context
// "main": lupdate finds only calls it can read, not a helper that forwards its argument.
// Laid out for the terminal: a translation's line may be wider than it.
QString usage()
{
    return cli::fitLines(
                   QCoreApplication::translate(
                           "main",
                           "Usage: netbench COMMAND [options] [arguments]\n"
                           "A workbench for TCP and Unix domain sockets, with Node's net "
                           "semantics.\n"
                           "\n"
                           "Without a command, netbench opens its window.\n"
                           "\n"
                           "Commands:\n"
                           "  gui [FILE]                 Open the window, with a workspace or a "
                           "trace.\n"
                           "  run FILE.js [ARGS...]      Run a Node-style net script (headless).\n"
                           "  listen [HOST:]PORT | PATH  Accept a connection and relay it to "
                           "standard "
                           "I/O.\n"
                           "  connect HOST PORT | PATH   Connect and relay the connection to "
                           "standard "
                           "I/O.\n"
                           "  relay LISTEN TARGET        Relay clients to a server, with faults on "
                           "purpose.\n"
                           "  demo [--unix]              A tour: a server and a client on one "
                           "event loop.\n"
                           "  lesson NAME | FILE         Run a guided lesson headless (--list "
                           "lists "
                           "them).\n"
                           "\n"
                           "'netbench COMMAND --help' lists the options of a command.\n"
                           "A target may be HOST PORT, HOST:PORT or [IPV6]:PORT. As ncat, "
                           "'netbench -l\n"
                           "[options] PORT' is listen and 'netbench -OPTIONS HOST PORT' is "
                           "connect.\n"
                           "  -h, --help     Show this help.\n"
                           "  -v, --version  Show the version.\n"),
                   cli::helpLineWidth())
            + u'\n';
}

void print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

// Started with standard input, output or error closed (`<&-`), the program would hand those
// numbers to its first sockets and files, and then relay its own socket as its input. They are
// parked on /dev/null instead: input reads as empty, output fails with EBADF (opened
// read-only, so what arrives is not thrown away unreported), error messages are dropped.
void occupyClosedStandardDescriptors()
{
    constexpr int Modes[] = {O_RDONLY, O_RDONLY, O_WRONLY};
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        const int opened = ::open("/dev/null", Modes[fd] | O_CLOEXEC);
        if (opened >= 0 && opened != fd) {
            ::dup2(opened, fd); // dup2 leaves FD_CLOEXEC off on fd, as a standard fd has
            ::close(opened);
        } else if (opened == fd) {
            ::fcntl(fd, F_SETFD, 0);
        }
    }
}

// The window is a program of its own, netbench-window, in this program's folder (the build
// tree) or installed under libexec. The headless commands then load neither Qt Widgets nor Qt
// Gui and the libraries under them (X11, EGL, fonts): the dynamic linker's work was most of a
// `netbench run`'s start-up. It gets the same arguments; exec() keeps the descriptors.
int runWindow(char *argv[])
{
    std::string folder;
    char self[4096];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (length > 0) {
        folder.assign(self, size_t(length));
        folder.erase(folder.rfind('/') + 1);
    }
    const std::string beside = folder + "netbench-window";
    const std::string installed = folder + NETBENCH_WINDOW_FROM_BINDIR;
    const std::string &program = ::access(beside.c_str(), X_OK) == 0 ? beside : installed;
    ::execv(program.c_str(), argv);
    // Only an incomplete installation gets here; the system's words say what is wrong.
    std::fprintf(stderr, "netbench: %s: %s\n", program.c_str(), std::strerror(errno));
    return cli::ExitFailure;
}

// ncat's -l, alone or in a cluster of short options without a value ("-lk", "-lvk").
bool asksToListen(const QString &word)
{
    if (word == u"--listen")
        return true;
    static const QString flags = u"lkvU46C"_s;
    return word.size() > 1 && word.startsWith(u'-') && !word.startsWith(u"--"_s)
            && word.contains(u'l') && std::all_of(word.cbegin() + 1, word.cend(), [](QChar c) {
                   return flags.contains(c);
               });
}

// `netbench -l 8080`, `netbench -v HOST PORT`: ncat's command lines, options first.
int dispatchNcatStyle(const QStringList &arguments)
{
    if (std::any_of(arguments.cbegin(), arguments.cend(), asksToListen))
        return ListenMode::runCommand(arguments);
    return ConnectMode::runCommand(arguments);
}

int dispatch(const QString &command, const QStringList &arguments)
{
    if (command == u"run")
        return RunCommand::run(arguments);
    if (command == u"listen")
        return ListenMode::runCommand(arguments);
    if (command == u"connect")
        return ConnectMode::runCommand(arguments);
    if (command == u"relay")
        return RelayMode::runCommand(arguments);
    if (command == u"demo")
        return DemoCommand::run(arguments);
    if (command == u"lesson")
        return LessonCommand::run(arguments);
    if (command == u"gui") { // reached only as `netbench help gui`
        print(stdout,
              QCoreApplication::translate("main",
                                          "Usage: netbench gui [FILE]\n"
                                          "Opens the window, with a workspace (.json) or a trace "
                                          "(.jsonl) if given.\n"));
        return cli::ExitOk;
    }
    if (command == u"help" && !arguments.isEmpty()) // `netbench help listen`
        return dispatch(arguments.constFirst(), {u"--help"_s});
    if (command == u"-h" || command == u"--help" || command == u"-?" || command == u"help") {
        print(stdout, usage());
        return cli::ExitOk;
    }
    if ((command == u"-v" || command == u"--version") && arguments.isEmpty()) {
        print(stdout, u"netbench "_s + QCoreApplication::applicationVersion() + u'\n');
        return cli::ExitOk;
    }
    if (command.startsWith(u'-') && command.size() > 1)
        return dispatchNcatStyle(QStringList {command} + arguments);
    print(stderr,
          QCoreApplication::translate("main", "netbench: unknown command '%1'").arg(command) + u'\n'
                  + usage());
    return cli::ExitUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    occupyClosedStandardDescriptors();
    // Bare `netbench` (or `netbench gui FILE`) opens the window; every other command is
    // headless and needs no display.
    if (argc == 1 || std::strcmp(argv[1], "gui") == 0)
        return runWindow(argv);
    // The headless modes run the network on the main thread, on netcore's epoll dispatcher
    // (NETBENCH_EVENT_DISPATCHER=qt keeps Qt's), which Qt takes only before the application
    // object exists; the application object owns it from then on.
    if (QAbstractEventDispatcher *dispatcher = netcore::EpollEventDispatcher::createIfChosen())
        QCoreApplication::setEventDispatcher(dispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"netbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NETBENCH_VERSION));
    const Translators translators;
    // A peer or reader that went away is an error to report (EPIPE), not a reason to die.
    std::signal(SIGPIPE, SIG_IGN);

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        print(stdout, usage());
        return cli::ExitOk;
    }
    return dispatch(arguments.constFirst(), arguments.mid(1));
}
