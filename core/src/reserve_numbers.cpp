#include "trygg/reserve_numbers.hpp"

#include "trygg/i18n.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <optional>
#include <regex>
#include <string_view>

namespace trygg {
namespace {

// A repetition count no reservnummer needs ({100} and up), as written: libstdc++ reads such counts into
// an int without a bound ({999999999999999999} overflows), so they are refused before the pattern is
// compiled.
std::optional<std::string> oversized_repetition(std::string_view pattern)
{
  for (auto open = pattern.find('{'); open != std::string_view::npos; open = pattern.find('{', open + 1)) {
    const auto close = pattern.find('}', open);
    const auto inside = pattern.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
    if (inside.empty() || inside.find_first_not_of("0123456789,") != std::string_view::npos) {
      continue;  // not a count: the compiler says what it is
    }
    std::size_t digits = 0;
    for (const char c : inside) {
      digits = c == ',' ? 0 : digits + 1;
      if (digits > 2) {
        return std::string(pattern.substr(open, inside.size() + 2));
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<sdk::ReserveNumberFormat> read_reserve_number_formats(const std::filesystem::path& file)
{
  const auto xml = sdk::XmlFile::load(file, "reserve-number-formats", "reserve-number-formats.xsd");
  sdk::ProblemList problems(xml);
  std::vector<sdk::ReserveNumberFormat> formats;
  for (const auto node : xml.root().children("format")) {
    sdk::ReserveNumberFormat format{node.attribute("region").value(), node.attribute("pattern").value(), node.attribute("example").value()};
    if (const auto repetition = oversized_repetition(format.pattern)) {
      problems.add(node, trf("pattern: upprepningen {} är större än något reservnummer (högst 99 tecken)", *repetition));
      continue;
    }
    try {
      (void)std::regex(format.pattern, std::regex::ECMAScript);
    } catch (const std::regex_error& error) {
      problems.add(node, trf("pattern är inget reguljärt uttryck: {}", error.what()));
      continue;
    }
    formats.push_back(std::move(format));
  }
  problems.throw_if_any();
  return formats;
}

}  // namespace trygg
