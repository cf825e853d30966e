#pragma once

#include <optional>
#include <string_view>

namespace trygg::sdk {

// The text of a schema from schemas/, by file name ("checklist-template.xsd"), compiled in.
[[nodiscard]] std::optional<std::string_view> embedded_schema(std::string_view file_name);

}  // namespace trygg::sdk
