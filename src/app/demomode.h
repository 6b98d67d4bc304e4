#pragma once

#include <QCoreApplication>
#include <QStringList>

// `netbench demo [--unix]`: the tour of netcore in echodemo.h.
class DemoCommand final
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    // Parses the words after `netbench demo`, runs the demo, returns the exit code.
    static int run(const QStringList &arguments);
};
