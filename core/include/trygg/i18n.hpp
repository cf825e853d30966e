#pragma once
// User-facing text is written in Swedish, the default UI language; other languages come from the
// "trygg" gettext catalog. tr() marks a string for xgettext and looks it up at run time.

#include "trygg/sdk/text.hpp"

#include <cstdint>
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
// The language use_language() chose ("sv" before it is called).
[[nodiscard]] const std::string& ui_language();

// A count as the UI language writes it: "1 000 000" in Swedish (no-break spaces), "1,000,000" in English.
// Not from the system locale: a Swedish tool on a machine without sv_SE still groups as Swedes read.
[[nodiscard]] std::string grouped_number(std::int64_t number);

// tr(), trf() and N_() are the SDK's (trygg/sdk/text.hpp), so plugins and host look text up alike.
using sdk::tr;
using sdk::trf;
using sdk::trfn;
using sdk::trn;

}  // namespace trygg
