// A bare `netbench run` for the tests and for trying scripts before the CLI has its mode:
// nbscript-run FILE.js [args...]
#include <script/scriptrunner.h>

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fputs("usage: nbscript-run FILE.js [args...]\n", stderr);
        return 2;
    }
    script::RunOptions options;
    options.scriptPath = arguments.takeFirst();
    options.arguments = arguments;
    return script::runScript(options);
}
