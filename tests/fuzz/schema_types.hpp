#pragma once
// What a schema says a value is (a number or a date), so a fuzzed file that passes the schema can be
// read both ways: by XSD's rules and by the readers' (pugixml's as_int/as_double, sdk::from_iso_date).
// Where they differ, what was validated is not what was read (issue 17, point 4).

#include <pugixml.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace trygg::fuzz {

enum class ValueKind { integer, decimal, date };

class SchemaTypes {
public:
  // Reads an XSD's simple types, attributes and simple-content elements.
  static SchemaTypes of(const std::filesystem::path& xsd);

  // The kind of an attribute or element by name; none when it is text, or declared with two kinds.
  [[nodiscard]] std::optional<ValueKind> attribute(std::string_view name) const;
  [[nodiscard]] std::optional<ValueKind> element(std::string_view name) const;

private:
  using Kinds = std::map<std::string, std::optional<ValueKind>, std::less<>>;
  static void declare(Kinds& kinds, const std::string& name, std::optional<ValueKind> kind);
  Kinds attributes_;
  Kinds elements_;
};

// The first typed value in a document (which passed its schema) that the readers' way of reading
// takes for something else than XSD does, in words; none when every value reads the same.
[[nodiscard]] std::optional<std::string> misread_value(const pugi::xml_document& document, const SchemaTypes& types);

}  // namespace trygg::fuzz
