#pragma once
// The shell's text helpers: the GUI SDK's (tr, utf8, local_time) and what only the shell needs.

#include "trygg/checklist.hpp"
#include "trygg/gui_sdk/text.hpp"
#include "trygg/personal_identity.hpp"
#include "trygg/time.hpp"

namespace trygg::gui {

// YYYYMMDD-NNNN from the twelve stored digits.
inline wxString display_identity(const std::string& digits)
{
  return utf8(trygg::display_identity(digits));
}

}  // namespace trygg::gui
