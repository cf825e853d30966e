#include "trygg/indicator.hpp"

#include "trygg/storage.hpp"

namespace trygg {

std::vector<IndicatorCase> indicator_cases(const Storage& storage, const std::string& process)
{
  std::vector<IndicatorCase> cases;
  for (const auto& summary : storage.list_cases({.process = process})) {
    const auto one = storage.find_case(summary.id);
    if (!one) {
      continue;
    }
    IndicatorCase entry{one->id, one->person.municipality, {}};
    for (const auto& event : one->events) {
      entry.events.emplace_back(event.kind, event.at);
    }
    cases.push_back(std::move(entry));
  }
  return cases;
}

}  // namespace trygg
