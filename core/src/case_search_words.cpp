#include "case_search_words.hpp"

#include "trygg/sdk/text_fold.hpp"

namespace trygg {

std::string case_search_words(std::string_view name, std::string_view title, std::string_view identity)
{
  std::string words = sdk::fold_for_search(name) + ' ' + sdk::fold_for_search(title) + ' ';
  for (const char c : identity) {
    if (c >= '0' && c <= '9') {
      words += c;
    }
  }
  return words;
}

}  // namespace trygg
