// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace vkauth::gui {

// Once `widget` has painted for the first time, saves its picture to `path` (PNG by suffix) and
// quits the application: exit code 0 when the file was written, 1 otherwise. Behind the hidden
// --screenshot option: the package test proves with it that the installed app shows its window.
void saveScreenshotAfterFirstPaint(QWidget *widget, const QString &path);

} // namespace vkauth::gui
