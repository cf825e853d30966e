#pragma once

#include <string>
#include <string_view>

namespace trygg {

// What search finds a case by (case_search, schema 9): the person's name and the case's title folded as
// Swedish readers fold them, and the personnummer as digits, so any form of it is a substring.
[[nodiscard]] std::string case_search_words(std::string_view name, std::string_view title, std::string_view identity);

}  // namespace trygg
