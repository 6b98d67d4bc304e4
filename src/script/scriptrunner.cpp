#include "scriptrunner.h"

#include "runtime.h"

namespace script {

int runScript(const RunOptions &options)
{
    Runtime runtime(options);
    return runtime.run();
}

} // namespace script
