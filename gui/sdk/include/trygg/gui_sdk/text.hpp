#pragma once
// Source strings are Swedish in UTF-8. wx's _() would convert them through the C locale, which
// turns "Hjälp" into an empty string when the process runs without a UTF-8 locale (as under CI);
// tr() always reads them as UTF-8 before looking up a translation in the "trygg" catalog.

#include "trygg/sdk/swedish_time.hpp"

#include <wx/intl.h>
#include <wx/string.h>

#include <chrono>
#include <optional>
#include <string>

namespace trygg::gui {

inline wxString tr(const char* swedish)
{
  return wxGetTranslation(wxString::FromUTF8(swedish));
}

// The form a count calls for, from the catalog's plural rules: trn("%zu ärende", "%zu ärenden", n).
inline wxString trn(const char* singular, const char* plural, unsigned long count)
{
  return wxGetTranslation(wxString::FromUTF8(singular), wxString::FromUTF8(plural), static_cast<unsigned>(count));
}

// N_("...") (wx's macro) marks a Swedish literal for the catalog where tr() is applied later.

inline wxString utf8(const std::string& text)
{
  return wxString::FromUTF8(text);
}

// "2026-12-24 14:30" in Swedish local time, or a dash.
inline wxString local_time(const std::optional<std::chrono::sys_seconds>& at)
{
  return at ? utf8(sdk::format_swedish_time(*at)) : wxString::FromUTF8("–");
}

// "2026-12-24" in Swedish local time, or empty.
inline wxString local_date_text(const std::optional<std::chrono::sys_seconds>& at)
{
  return at ? utf8(sdk::to_iso_date(sdk::swedish_date(*at))) : wxString();
}

}  // namespace trygg::gui
