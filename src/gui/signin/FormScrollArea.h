// SPDX-License-Identifier: MIT
#pragma once

class QScrollArea;
class QVBoxLayout;
class QWidget;

namespace vkauth::gui {

// Moves everything in `layout` but `keep` (the button row) into a scroll area that is as tall as
// what it holds, up to what the screen has room for: at 1× nothing scrolls; with large text on a
// small screen the form scrolls and the buttons stay on screen (issue 14). QScrollArea's own size
// hint stops at 24 lines of text, which would make a long form scroll everywhere.
QScrollArea *wrapInFittingScrollArea(QVBoxLayout *layout, QWidget *keep);

} // namespace vkauth::gui
