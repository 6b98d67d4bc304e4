#include "guiresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initNetbenchResources()
{
    Q_INIT_RESOURCE(netbench);
}

namespace gui {

void ensureResources()
{
    static const bool done = (initNetbenchResources(), true);
    Q_UNUSED(done);
}

} // namespace gui
