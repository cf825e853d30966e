#include "trygg/reserve_numbers.hpp"

#include "trygg/i18n.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <regex>

namespace trygg {

std::vector<sdk::ReserveNumberFormat> read_reserve_number_formats(const std::filesystem::path& file)
{
  const auto xml = sdk::XmlFile::load(file, "reserve-number-formats", "reserve-number-formats.xsd");
  sdk::ProblemList problems(xml);
  std::vector<sdk::ReserveNumberFormat> formats;
  for (const auto node : xml.root().children("format")) {
    sdk::ReserveNumberFormat format{node.attribute("region").value(), node.attribute("pattern").value(), node.attribute("example").value()};
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
