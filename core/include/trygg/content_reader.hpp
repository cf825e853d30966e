#pragma once
// Reading the XML formats of schemas/: each file is validated against its schema, then checked for
// what a schema cannot say (e.g. scales that skip a step). Failures throw ContentError naming file,
// line and element.

#include "trygg/checklist.hpp"
#include "trygg/content_error.hpp"
#include "trygg/plugin_manifest.hpp"
#include "trygg/risk.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace trygg {

[[nodiscard]] PluginManifest read_plugin_manifest(const std::filesystem::path& file);
[[nodiscard]] ChecklistTemplate read_checklist_template(const std::filesystem::path& file);
[[nodiscard]] RiskTemplate read_risk_template(const std::filesystem::path& file);
// A risk template kept as text (the copy stored with an analysis).
[[nodiscard]] RiskTemplate parse_risk_template(std::string xml, const std::filesystem::path& where);
// How many times parse_risk_template has run in this process (each validates against the schema).
[[nodiscard]] std::int64_t risk_templates_parsed();

// Any file of a known format, recognised by its root element.
struct ValidationReport {
  std::filesystem::path file;
  std::string format;  // "plugin", "checklist-template", "risk-template", or empty when unknown
  std::vector<ContentProblem> problems;
};
[[nodiscard]] ValidationReport validate_content_file(const std::filesystem::path& file);

}  // namespace trygg
