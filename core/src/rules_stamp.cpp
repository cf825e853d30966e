#include "rules_stamp.hpp"

#include "trygg/sdk/api_version.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <functional>
#include <vector>

namespace trygg {

std::string rules_stamp_of(const PluginRecord& plugin)
{
  // Sizes and modification times, not contents: cheap at every start, and any rebuild or edit moves them.
  std::vector<std::string> files;
  std::error_code error;
  for (auto entry = std::filesystem::recursive_directory_iterator(plugin.folder, error);
       !error && entry != std::filesystem::recursive_directory_iterator(); entry.increment(error)) {
    if (!entry->is_regular_file(error)) {
      continue;
    }
    const auto size = entry->file_size(error);
    const auto written = entry->last_write_time(error).time_since_epoch().count();
    files.push_back(fmt::format("{}:{}:{}", entry->path().lexically_relative(plugin.folder).generic_string(), size, written));
  }
  std::sort(files.begin(), files.end());
  std::string all = fmt::format("{}|{}|{}.{}", plugin.id, plugin.version, sdk::api_major, sdk::api_minor);
  for (const auto& file : files) {
    all += "|" + file;
  }
  return fmt::format("{} {:016x}", plugin.version, std::hash<std::string>{}(all));
}

}  // namespace trygg
