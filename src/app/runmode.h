#pragma once

#include <QCoreApplication>
#include <QStringList>

// `netbench run FILE.js [ARGS...]`: runs a Node-style script with src/script's runtime,
// recording its events when --trace or --events asks. What follows FILE.js belongs to the
// script (process.argv), never to netbench.
class RunCommand final
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
public:
    // Parses the words after `netbench run`, runs the script, returns its exit code.
    static int run(const QStringList &arguments);
};
