#include "physician_agreement.hpp"

#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <algorithm>
#include <string_view>

namespace trygg::physician {
namespace {

template <class Item>
const Item* find_by_id(const std::vector<Item>& items, const std::string& id)
{
  const auto found = std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.id == id; });
  return found == items.end() ? nullptr : &*found;
}

PhysicianAgreement::Window window_of(pugi::xml_node node)
{
  return {node.attribute("name").value(),         node.attribute("days").value(),  node.attribute("from-day").value(),
          node.attribute("to-day").value(),         node.attribute("holiday-eve").as_bool(), node.attribute("from").value(),
          node.attribute("to").value()};
}

}  // namespace

const PhysicianAgreement::Category* PhysicianAgreement::category(const std::string& id) const
{
  return find_by_id(categories, id);
}

const PhysicianAgreement::Addition* PhysicianAgreement::addition(const std::string& id) const
{
  return find_by_id(additions, id);
}

PhysicianAgreement read_physician_agreement(const std::filesystem::path& file)
{
  const auto xml = sdk::XmlFile::load(file, "physician-agreement", "physician-agreement.xsd");
  sdk::ProblemList problems(xml);
  const auto root = xml.root();
  PhysicianAgreement result;
  sdk::read_document_header(xml, problems, result);
  for (const auto party : root.child("parties").children("party")) {
    result.parties.push_back({party.attribute("kind").value(), party.attribute("name").value()});
  }
  const auto staffing = root.child("staffing");
  result.contract_hours_per_week = staffing.attribute("contract-hours-per-week").as_double();
  result.patient_time_share = staffing.attribute("patient-time-share").as_double();
  for (const auto node : root.child("categories").children("category")) {
    PhysicianAgreement::Category category{node.attribute("id").value(), node.attribute("name").value(),
                                          node.attribute("minutes-per-week").as_double(),
                                          std::string_view(node.attribute("per").value()) == "place"};
    if (result.category(category.id) != nullptr) {
      problems.add(node, sdk::trf("kategorin {} står två gånger", category.id));
    }
    result.categories.push_back(std::move(category));
  }
  if (std::none_of(result.categories.begin(), result.categories.end(), [](const auto& c) { return c.minutes_per_week > 0; })) {
    problems.add(root.child("categories"), sdk::tr("avtalet har ingen kategori med minuter: ange minst en taxa"));
  }
  for (const auto node : root.child("additions").children("addition")) {
    PhysicianAgreement::Addition addition{node.attribute("id").value(), node.attribute("name").value(),
                                          node.attribute("minutes").as_double(),
                                          std::string_view(node.attribute("per").value()) == "person-week"};
    if (result.addition(addition.id) != nullptr || result.category(addition.id) != nullptr) {
      problems.add(node, sdk::trf("{} står två gånger", addition.id));
    }
    result.additions.push_back(std::move(addition));
  }
  if (const auto office = root.child("office-hours")) {
    result.office_hours = window_of(office);
    result.office_hours->name = sdk::tr("Kontorstid");
  }
  const auto out_of_hours = root.child("out-of-hours");
  for (const auto node : out_of_hours.children("window")) {
    const bool stretch = node.attribute("from-day") && node.attribute("to-day");
    const int ways = (node.attribute("days") ? 1 : 0) + (stretch ? 1 : 0) + (node.attribute("holiday-eve").as_bool() ? 1 : 0);
    if (ways != 1) {
      problems.add(node, sdk::tr("ett fönster anges med days, med from-day och to-day, eller med holiday-eve=\"true\" (ett av dem)"));
    }
    result.out_of_hours.push_back(window_of(node));
  }
  result.phone_minutes = out_of_hours.child("response").attribute("phone-minutes").as_int();
  result.on_site_minutes = out_of_hours.child("response").attribute("on-site-minutes").as_int();
  for (const auto node : root.child("tasks").children("task")) {
    result.tasks.push_back({node.attribute("id").value(), node.attribute("name").value(), node.attribute("frequency").value()});
  }
  for (const auto node : root.child("indicators").children("indicator")) {
    PhysicianAgreement::Indicator indicator{node.attribute("id").value(), node.attribute("name").value(), std::nullopt};
    if (const auto target = node.attribute("target")) {
      indicator.target = target.as_double();
    }
    result.indicators.push_back(std::move(indicator));
  }
  problems.throw_if_any();
  return result;
}

void check_no_overlap(const std::vector<PhysicianAgreement>& agreements)
{
  std::vector<sdk::ContentProblem> problems;
  for (std::size_t i = 0; i < agreements.size(); ++i) {
    for (std::size_t j = i + 1; j < agreements.size(); ++j) {
      const auto& a = agreements[i];
      const auto& b = agreements[j];
      if (a.id != b.id) {
        continue;
      }
      if (a.overlaps(b)) {
        problems.push_back({b.file, 0, "physician-agreement",
                            sdk::trf("avtalet {} version {} gäller samma dagar som version {} ({})", b.id, b.version, a.version,
                                     a.file.filename().string())});
      }
    }
  }
  if (!problems.empty()) {
    throw sdk::ContentError(std::move(problems));
  }
}

}  // namespace trygg::physician
