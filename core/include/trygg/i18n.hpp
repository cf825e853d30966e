#pragma once
// User-facing text is written in Swedish, the default UI language; other languages come from the
// "trygg" gettext catalog. tr() marks a string for xgettext and looks it up at run time.

#include <fmt/format.h>

#include <libintl.h>

#include <string>
#include <utility>

namespace trygg {

inline const char* tr(const char* swedish)
{
  return dgettext("trygg", swedish);
}

// tr() with {} placeholders filled in.
template <class... Args>
std::string trf(const char* swedish, Args&&... args)
{
  return fmt::format(fmt::runtime(tr(swedish)), std::forward<Args>(args)...);
}

}  // namespace trygg
