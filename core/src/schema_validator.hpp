#pragma once

#include "trygg/content_error.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace trygg {

// Checks XML text against one of the embedded schemas with libxml2 (pugixml does not validate).
// Syntax errors and schema violations both come back as problems with line and element.
[[nodiscard]] std::vector<ContentProblem> validate_against_schema(const std::filesystem::path& file,
                                                                  std::string_view text,
                                                                  std::string_view schema_name);

}  // namespace trygg
