#include "trygg/case_list_notices.hpp"

#include "trygg/i18n.hpp"

#include <algorithm>

namespace trygg {

std::vector<CaseListNotice> case_list_notices(const PluginHost& plugins, const std::optional<TryggUser>& reader)
{
  const auto concerns_reader = [&](const sdk::Notice& notice) {
    return !reader || notice.municipalities.empty() ||
           std::any_of(notice.municipalities.begin(), notice.municipalities.end(),
                       [&](const std::string& municipality) { return covers(*reader, municipality); });
  };
  std::vector<CaseListNotice> notices;
  for (const auto& plugin : plugins.plugins()) {
    if (!plugin.loaded || plugin.code == nullptr) {
      continue;
    }
    try {
      for (auto& notice : plugins.notices(plugin)) {
        if (concerns_reader(notice)) {
          notices.push_back({plugin.id, std::move(notice)});
        }
      }
    } catch (const std::exception& failed) {
      notices.push_back({plugin.id, {failed.what(), {}, true}});
    }
  }
  return notices;
}

}  // namespace trygg
