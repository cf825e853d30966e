#pragma once

#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/visibility.hpp"

#include <pugixml.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg::sdk {

// An XML file that has passed its schema (one of Trygg's, from schemas/, compiled into the SDK), parsed for reading. Keeps the text so that any node can
// be traced back to its line for the checks that come after the schema.
class TRYGG_SDK_API XmlFile {
public:
  // Throws ContentError when the file is missing, unreadable, not XML, has another root element or
  // breaks the schema.
  static XmlFile load(const std::filesystem::path& file, std::string_view root, std::string_view schema);
  static XmlFile parse(std::string text, const std::filesystem::path& where, std::string_view root,
                       std::string_view schema);

  [[nodiscard]] pugi::xml_node root() const { return document_.document_element(); }
  [[nodiscard]] const std::string& text() const { return text_; }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] ContentProblem problem(pugi::xml_node node, std::string message) const;

private:
  XmlFile() = default;
  std::filesystem::path path_;
  std::string text_;
  pugi::xml_document document_;
};

// Reads a whole file as text; throws ContentError naming the file when it cannot.
[[nodiscard]] TRYGG_SDK_API std::string read_text_file(const std::filesystem::path& file);
// A DTD in an XML file, refused: what the schema check and the reader see would differ. (3.1)
[[nodiscard]] TRYGG_SDK_API std::optional<ContentProblem> doctype_problem(const std::filesystem::path& file, std::string_view text);

// Checks XML text against one of Trygg's schemas with libxml2 (pugixml does not validate). Syntax
// errors and schema violations both come back as problems with line and element.
[[nodiscard]] TRYGG_SDK_API std::vector<ContentProblem> validate_against_schema(const std::filesystem::path& file,
                                                                                std::string_view text,
                                                                                std::string_view schema_name);

// Whether Trygg has a schema of this name ("payment-agreement.xsd").
[[nodiscard]] TRYGG_SDK_API bool is_known_schema(std::string_view schema_name);

// Gathers the problems of the checks after the schema, then throws them together.
class ProblemList {
public:
  explicit ProblemList(const XmlFile& file) : file_(file) {}
  // Past problems_told, only counted: finding each one's line would cost more than the file is worth.
  void add(pugi::xml_node node, std::string message)
  {
    if (problems_.size() < problems_told) {
      problems_.push_back(file_.problem(node, std::move(message)));
    } else {
      ++more_;
    }
  }
  void throw_if_any() const
  {
    if (!problems_.empty()) {
      auto told = problems_;
      if (more_ > 0) {
        told.push_back(more_problems(file_.path(), more_));
      }
      throw ContentError(std::move(told));
    }
  }

private:
  const XmlFile& file_;
  std::vector<ContentProblem> problems_;
  std::size_t more_ = 0;
};

}  // namespace trygg::sdk
