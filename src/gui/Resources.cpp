// SPDX-License-Identifier: MIT
#include "Resources.h"

#include <QtGlobal>

static void initVkauthResources()
{
    Q_INIT_RESOURCE(resources);
    Q_INIT_RESOURCE(windowicon); // the window icon's PNGs (src/gui/CMakeLists.txt)
}

namespace vkauth::gui {

void initResources()
{
    static const bool done = (initVkauthResources(), true);
    Q_UNUSED(done);
}

} // namespace vkauth::gui
