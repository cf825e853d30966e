#include "huvudman_list.hpp"

#include "trygg/sdk/text.hpp"
#include "trygg/sdk/text_fold.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <algorithm>
#include <string_view>

namespace trygg::sip {

HuvudmanList read_huvudman_list(const std::filesystem::path& file)
{
  const auto xml = sdk::XmlFile::load(file, "huvudman-list", "huvudman-list.xsd");
  sdk::ProblemList problems(xml);
  HuvudmanList result;
  sdk::read_document_header(xml, problems, result);
  for (const auto node : xml.root().children("huvudman")) {
    HuvudmanList::Entry entry{node.attribute("name").value(), std::string_view(node.attribute("kind").value()) == "region",
                              node.attribute("municipality").value()};
    if (!entry.region && entry.municipality.empty()) {
      problems.add(node, sdk::tr("en kommun behöver municipality, namnet som ärendena använder"));
    }
    result.huvudmen.push_back(std::move(entry));
  }
  problems.throw_if_any();
  return result;
}

Huvudmen Huvudmen::from(const sdk::Host& host)
{
  std::vector<HuvudmanList> lists;
  for (const auto& file : host.data_files("huvudman-list.xsd")) {
    lists.push_back(read_huvudman_list(file));
  }
  return Huvudmen(std::move(lists));
}

std::vector<std::string> Huvudmen::for_person(const std::string& municipality) const
{
  std::vector<std::string> names;
  const auto own = municipality_named(municipality);
  for (const auto& list : lists_) {
    for (const auto& entry : list.huvudmen) {
      if (entry.region || !own || entry.name == *own) {
        names.push_back(entry.name);
      }
    }
  }
  return names;
}

std::optional<std::string> Huvudmen::municipality_named(const std::string& municipality) const
{
  const auto place = sdk::fold_for_search(municipality);
  for (const auto& list : lists_) {
    for (const auto& entry : list.huvudmen) {
      if (!entry.region && !place.empty() && sdk::fold_for_search(entry.municipality) == place) {
        return entry.name;
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> Huvudmen::region() const
{
  for (const auto& list : lists_) {
    for (const auto& entry : list.huvudmen) {
      if (entry.region) {
        return entry.name;
      }
    }
  }
  return std::nullopt;
}

bool is_among(const std::vector<std::string>& huvudmen, const std::string& name)
{
  const auto folded = sdk::fold_for_search(name);
  return std::any_of(huvudmen.begin(), huvudmen.end(), [&](const std::string& each) { return sdk::fold_for_search(each) == folded; });
}

}  // namespace trygg::sip
