#include "startup.hpp"

#include <wx/debug.h>
#include <wx/string.h>

#include <cstdio>
#include <cstdlib>

namespace trygg::gui {
namespace {

void print_and_abort(const wxString& file, int line, const wxString& function, const wxString& condition,
                     const wxString& message)
{
  std::fprintf(stderr, "wx assert failed: %s:%d in %s: %s %s\n", file.utf8_str().data(), line, function.utf8_str().data(),
               condition.utf8_str().data(), message.utf8_str().data());
  std::abort();
}

bool set(const char* name)
{
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0';
}

}  // namespace

bool has_display()
{
  return set("DISPLAY") || set("WAYLAND_DISPLAY");
}

void fail_on_assert()
{
  wxSetAssertHandler(print_and_abort);
}

}  // namespace trygg::gui
