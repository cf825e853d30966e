#pragma once
// User-facing text is written in Swedish, the default UI language; other languages come from the
// "trygg" gettext catalog. tr() marks a string for xgettext and looks it up at run time.

#include "trygg/sdk/text.hpp"

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

// tr(), trf() and N_() are the SDK's (trygg/sdk/text.hpp), so plugins and host look text up alike.
using sdk::tr;
using sdk::trf;
using sdk::trfn;
using sdk::trn;

}  // namespace trygg
