#include "schema_types.hpp"

#include "trygg/sdk/swedish_time.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace trygg::fuzz {
namespace {

std::optional<ValueKind> builtin_kind(std::string_view type)
{
  for (const std::string_view integer : {"xs:int", "xs:integer", "xs:long", "xs:short", "xs:byte", "xs:nonNegativeInteger",
                                         "xs:positiveInteger", "xs:negativeInteger", "xs:nonPositiveInteger", "xs:unsignedInt",
                                         "xs:unsignedShort", "xs:unsignedLong", "xs:unsignedByte"}) {
    if (type == integer) {
      return ValueKind::integer;
    }
  }
  if (type == "xs:decimal" || type == "xs:double" || type == "xs:float") {
    return ValueKind::decimal;
  }
  if (type == "xs:date") {
    return ValueKind::date;
  }
  return std::nullopt;
}

// Follows restrictions of named simple types down to a built-in type.
std::optional<ValueKind> kind_of(std::string_view type, const pugi::xml_node& schema, int depth = 0)
{
  if (const auto builtin = builtin_kind(type); builtin || depth > 16) {
    return builtin;
  }
  const auto simple = schema.find_child_by_attribute("xs:simpleType", "name", std::string(type).c_str());
  const auto base = simple.child("xs:restriction").attribute("base");
  return base ? kind_of(base.value(), schema, depth + 1) : std::nullopt;
}

// A declaration's kind: its type attribute, an inline simple type, or simple content's base.
std::optional<ValueKind> declared_kind(const pugi::xml_node& declaration, const pugi::xml_node& schema)
{
  if (const auto type = declaration.attribute("type")) {
    return kind_of(type.value(), schema);
  }
  if (const auto base = declaration.child("xs:simpleType").child("xs:restriction").attribute("base")) {
    return kind_of(base.value(), schema);
  }
  if (const auto base = declaration.child("xs:complexType").child("xs:simpleContent").child("xs:extension").attribute("base")) {
    return kind_of(base.value(), schema);
  }
  return std::nullopt;
}

// XSD's whitespace collapse, which numbers and dates get before they are read.
std::string collapsed(std::string_view text)
{
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c;
  }
  return out;
}

// The value as XSD reads it, next to the value the reader gets; none when they agree.
std::optional<std::string> disagreement(ValueKind kind, std::string_view raw, const pugi::xml_text& as_text,
                                        const pugi::xml_attribute& as_attribute)
{
  const std::string value = collapsed(raw);
  switch (kind) {
    case ValueKind::integer: {
      std::string_view digits = value;
      if (!digits.empty() && digits.front() == '+') {
        digits.remove_prefix(1);
      }
      long long schema_value = 0;
      const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), schema_value);
      const long long read = as_attribute ? as_attribute.as_int() : as_text.as_int();
      if (error != std::errc() || end != digits.data() + digits.size()) {
        return "XSD reads an integer too large for 64 bits, the reader " + std::to_string(read);
      }
      if (schema_value != read) {
        return "XSD reads " + std::to_string(schema_value) + ", the reader " + std::to_string(read);
      }
      return std::nullopt;
    }
    case ValueKind::decimal: {
      const double schema_value = std::strtod(value.c_str(), nullptr);
      const double read = as_attribute ? as_attribute.as_double() : as_text.as_double();
      if (schema_value != read && !(std::isnan(schema_value) && std::isnan(read))) {
        return "XSD reads " + std::to_string(schema_value) + ", the reader " + std::to_string(read);
      }
      return std::nullopt;
    }
    case ValueKind::date: {
      const auto schema_value = sdk::from_iso_date(value.substr(0, 10));
      const auto read = sdk::from_iso_date(raw);
      if (!read || value.size() != 10) {
        return std::string("XSD reads a date, the reader ") + (read ? "a date without what follows it" : "no date");
      }
      if (read != schema_value) {
        return "XSD reads another date than the reader";
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace

void SchemaTypes::declare(Kinds& kinds, const std::string& name, std::optional<ValueKind> kind)
{
  const auto [place, added] = kinds.emplace(name, kind);
  if (!added && place->second != kind) {
    place->second = std::nullopt;  // one name, two kinds: not checked by name
  }
}

SchemaTypes SchemaTypes::of(const std::filesystem::path& xsd)
{
  pugi::xml_document document;
  if (!document.load_file(xsd.c_str())) {
    throw std::runtime_error("cannot read schema " + xsd.string());
  }
  const auto schema = document.document_element();
  SchemaTypes types;
  for (const auto& found : schema.select_nodes("//xs:attribute[@name]")) {
    declare(types.attributes_, found.node().attribute("name").value(), declared_kind(found.node(), schema));
  }
  for (const auto& found : schema.select_nodes("//xs:element[@name]")) {
    declare(types.elements_, found.node().attribute("name").value(), declared_kind(found.node(), schema));
  }
  return types;
}

std::optional<ValueKind> SchemaTypes::attribute(std::string_view name) const
{
  const auto found = attributes_.find(name);
  return found == attributes_.end() ? std::nullopt : found->second;
}

std::optional<ValueKind> SchemaTypes::element(std::string_view name) const
{
  const auto found = elements_.find(name);
  return found == elements_.end() ? std::nullopt : found->second;
}

std::optional<std::string> misread_value(const pugi::xml_document& document, const SchemaTypes& types)
{
  struct Walker : pugi::xml_tree_walker {
    const SchemaTypes& types;
    std::optional<std::string> found;
    explicit Walker(const SchemaTypes& schema_types) : types(schema_types) {}
    bool for_each(pugi::xml_node& node) override
    {
      if (node.type() != pugi::node_element) {
        return true;
      }
      for (const auto& attribute : node.attributes()) {
        if (const auto kind = types.attribute(attribute.name())) {
          if (auto wrong = disagreement(*kind, attribute.value(), {}, attribute)) {
            found = "<" + std::string(node.name()) + " " + attribute.name() + "=\"" + attribute.value() + "\">: " + *wrong;
            return false;
          }
        }
      }
      if (const auto kind = types.element(node.name()); kind && !node.first_element_by_path("*")) {
        if (auto wrong = disagreement(*kind, node.text().get(), node.text(), {})) {
          found = "<" + std::string(node.name()) + ">" + node.text().get() + ": " + *wrong;
          return false;
        }
      }
      return true;
    }
  } walker(types);
  pugi::xml_node handle = document;  // traverse is not const; the walker only reads
  handle.traverse(walker);
  return walker.found;
}

}  // namespace trygg::fuzz
