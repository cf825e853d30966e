#pragma once

#include "trygg/sdk/case_snapshot.hpp"

#include <string>

namespace trygg::discharge {

// The discharge case as a timeline: each event in Swedish with its time, and each legal deadline
// with its state against snapshot.now. HTML simple enough for wx's HTML window and for print.
[[nodiscard]] std::string timeline_html(const sdk::CaseSnapshot& snapshot);

}  // namespace trygg::discharge
