#pragma once

// `netbench` with no arguments, or `netbench gui [WORKSPACE.json | TRACE.jsonl]`: the desktop
// window. The only command that needs a display.
namespace WindowCommand {
int run(int argc, char *argv[]);
}
