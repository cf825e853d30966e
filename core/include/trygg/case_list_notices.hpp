#pragma once
// What the plugins say above the case list (API 3.8), for the one who reads it: a notice naming
// municipalities reaches the people of those municipalities; on the embedded file, whose one user may
// do everything, and for a user of every municipality, all of them.

#include "trygg/plugin_host.hpp"
#include "trygg/sdk/notice.hpp"
#include "trygg/trygg_user.hpp"

#include <optional>
#include <string>
#include <vector>

namespace trygg {

struct CaseListNotice {
  std::string plugin_id;
  sdk::Notice notice;
};

// Each loaded plugin's notices in load order; a plugin that fails to answer says so as a notice of its
// own (named), and the others still come.
[[nodiscard]] std::vector<CaseListNotice> case_list_notices(const PluginHost& plugins, const std::optional<TryggUser>& reader);

}  // namespace trygg
