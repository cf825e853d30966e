#pragma once
// User-facing text in a plugin is written in Swedish, like the rest of Trygg; other languages come
// from the "trygg" catalog the host has chosen. xgettext reads tr()/trf()/N_() here as in core.

#include <fmt/format.h>

#include <libintl.h>

#include <string>
#include <utility>

namespace trygg::sdk {

inline const char* tr(const char* swedish)
{
  return dgettext("trygg", swedish);
}

template <class... Args>
std::string trf(const char* swedish, Args&&... args)
{
  return fmt::format(fmt::runtime(tr(swedish)), std::forward<Args>(args)...);
}

}  // namespace trygg::sdk

#ifndef N_
#define N_(swedish) swedish
#endif
