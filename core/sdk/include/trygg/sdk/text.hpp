#pragma once
// User-facing text in a plugin is written in Swedish, like the rest of Trygg; other languages come
// from the "trygg" catalog the host has chosen. xgettext reads tr()/trf()/trn()/trfn()/N_() here as in core.

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

// A text with a count in it, in the form the count calls for in the chosen language ("1 ärende",
// "2 ärenden"): the catalog's plural rules, never an "(s)" or a form made up in code.
inline const char* trn(const char* singular, const char* plural, unsigned long count)
{
  return dngettext("trygg", singular, plural, count);
}

template <class... Args>
std::string trfn(const char* singular, const char* plural, unsigned long count, Args&&... args)
{
  return fmt::format(fmt::runtime(trn(singular, plural, count)), std::forward<Args>(args)...);
}

}  // namespace trygg::sdk

#ifndef N_
#define N_(swedish) swedish
#endif
