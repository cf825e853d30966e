#pragma once

namespace trygg::gui {

// True when there is a display for GTK to open (X11 or Wayland).
[[nodiscard]] bool has_display();

// Debian's wx has asserts on, and a failed assert opens a modal dialog that hangs a headless run
// for ever. In tests and screenshot runs an assert prints where it failed and ends the process.
void fail_on_assert();

}  // namespace trygg::gui
