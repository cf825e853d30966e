#pragma once

#include "trygg/sdk/visibility.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace trygg::sdk {

// What every agreement and routine file states about itself: which document, which version, where
// it comes from, whether it is only an example, and when it is in force.
struct VersionedDocument {
  std::string id;
  int version = 0;
  std::string name;
  std::string source;
  bool example = false;
  std::chrono::year_month_day valid_from;
  std::optional<std::chrono::year_month_day> valid_to;  // inclusive; none: until replaced
  std::filesystem::path file;

  [[nodiscard]] bool in_force(std::chrono::year_month_day day) const
  {
    return valid_from <= day && (!valid_to || day <= *valid_to);
  }
  // Whether some day is in force in both (an open end reaches every later day). (3.7)
  [[nodiscard]] bool overlaps(const VersionedDocument& other) const
  {
    return (!valid_to || other.valid_from <= *valid_to) && (!other.valid_to || valid_from <= *other.valid_to);
  }
};

// Reads the attributes and <source> every versioned document's root element carries.
TRYGG_SDK_API void read_document_header(const XmlFile& xml, ProblemList& problems, VersionedDocument& document);

}  // namespace trygg::sdk
