#pragma once

namespace gui {

// nbgui is a static library: its icons (resources/netbench.qrc) are registered only when
// something asks. Every widget that shows icons calls this first; repeated calls are free.
void ensureResources();

} // namespace gui
