#pragma once
// User-facing text is written in Swedish, the default UI language; other languages come from the
// "trygg" gettext catalog. tr() marks a string for xgettext and looks it up at run time.

#include <fmt/format.h>

#include <libintl.h>

#include <string>
#include <utility>

namespace trygg {

// The UI language: "sv" (the source language, the default) or one with a catalog ("en"). Chosen by
// TRYGG_LANG, or by the caller (the desktop app's setting); the system locale does not decide it,
// so a Swedish tool stays Swedish on an English machine unless asked.
[[nodiscard]] std::string requested_language(const std::string& fallback = "sv");

// Makes tr() answer in `language`, with catalogs from share/locale beside the executable. Works
// without generated system locales: glibc honours LANGUAGE under C.UTF-8.
void use_language(const std::string& language);

inline const char* tr(const char* swedish)
{
  return dgettext("trygg", swedish);
}

// Marks a string for the catalog where it is stored untranslated (tables of names); tr() it when shown.
// The usual gettext macro; wx defines the same one.
#ifndef N_
#define N_(swedish) swedish
#endif

// tr() with {} placeholders filled in.
template <class... Args>
std::string trf(const char* swedish, Args&&... args)
{
  return fmt::format(fmt::runtime(tr(swedish)), std::forward<Args>(args)...);
}

}  // namespace trygg
