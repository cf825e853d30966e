#include "payment_agreement.hpp"

#include "trygg/sdk/text.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <algorithm>
#include <string_view>

namespace trygg::discharge {
namespace {

std::optional<CareKind> care_kind_from(std::string_view key)
{
  for (const auto care : {CareKind::somatic, CareKind::psychiatric, CareKind::compulsory}) {
    if (key == care_kind_key(care)) {
      return care;
    }
  }
  return std::nullopt;
}

PaymentAgreement::Rule counting_rule(pugi::xml_node node, const char* days_attribute)
{
  PaymentAgreement::Rule rule;
  rule.liable = node.attribute("liable").as_bool(true);
  rule.day_type = std::string_view(node.attribute("day-type").value()) == "working" ? PaymentAgreement::DayType::working
                                                                                    : PaymentAgreement::DayType::calendar;
  rule.notice_day_is_day_zero = node.attribute("notice-day-is-day-zero").as_bool();
  if (const auto cut_off = node.attribute("cut-off")) {
    // The schema holds it to HH:MM.
    const std::string text = cut_off.value();
    rule.cut_off = std::chrono::hours(std::stoi(text.substr(0, 2))) + std::chrono::minutes(std::stoi(text.substr(3, 2)));
  }
  rule.days = node.attribute(days_attribute).as_int();
  return rule;
}

// Amounts listed by year, each year once and in order; a problem names any that is not.
void read_amounts(pugi::xml_node parent, sdk::ProblemList& problems, std::vector<DailyAmount>& amounts,
                  const std::string& default_source)
{
  for (const auto amount : parent.children("amount")) {
    const auto year = amount.attribute("year") ? amount.attribute("year") : amount.attribute("from-year");
    if (!year) {
      problems.add(amount, sdk::tr("beloppet saknar år (year)"));
      continue;
    }
    DailyAmount entry{year.as_int(), amount.attribute("per-day").as_int(), amount.attribute("source").value()};
    if (entry.source.empty()) {
      entry.source = default_source;
    }
    if (!amounts.empty() && entry.year <= amounts.back().year) {
      problems.add(amount, sdk::tr("beloppen ska stå i stigande årsordning, ett belopp per år"));
    }
    amounts.push_back(std::move(entry));
  }
}

}  // namespace

const char* care_kind_key(CareKind care)
{
  switch (care) {
    case CareKind::somatic: return "somatic";
    case CareKind::psychiatric: return "psychiatric";
    case CareKind::compulsory: return "compulsory";
  }
  return "somatic";
}

std::string care_kind_label(CareKind care)
{
  switch (care) {
    case CareKind::somatic: return sdk::tr("somatisk vård");
    case CareKind::psychiatric: return sdk::tr("psykiatrisk vård");
    case CareKind::compulsory: return sdk::tr("psykiatrisk tvångsvård (LPT/LRV)");
  }
  return {};
}

const PaymentAgreement::Rule* PaymentAgreement::rule_for(CareKind care) const
{
  const auto found = rules.find(care);
  return found == rules.end() ? nullptr : &found->second;
}

const DailyAmount* PaymentAgreement::amount_in(int year) const
{
  const auto found = std::find_if(amounts.begin(), amounts.end(), [year](const DailyAmount& amount) { return amount.year == year; });
  return found == amounts.end() ? nullptr : &*found;
}

void PaymentAgreement::take_amounts_from(const DailyAmounts& table)
{
  for (const auto& amount : table.amounts) {
    if (amount_in(amount.year) == nullptr) {
      amounts.push_back(amount);
    }
  }
  std::sort(amounts.begin(), amounts.end(), [](const DailyAmount& a, const DailyAmount& b) { return a.year < b.year; });
}

DailyAmounts read_daily_amounts(const std::filesystem::path& file)
{
  const auto xml = sdk::XmlFile::load(file, "daily-amounts", "daily-amounts.xsd");
  sdk::ProblemList problems(xml);
  DailyAmounts result;
  sdk::read_document_header(xml, problems, result);
  read_amounts(xml.root(), problems, result.amounts, result.name);
  problems.throw_if_any();
  return result;
}

PaymentAgreement read_payment_agreement(const std::filesystem::path& file)
{
  const auto xml = sdk::XmlFile::load(file, "payment-agreement", "payment-agreement.xsd");
  sdk::ProblemList problems(xml);
  const auto root = xml.root();
  PaymentAgreement result;
  sdk::read_document_header(xml, problems, result);
  result.kind = std::string_view(root.attribute("kind").value()) == "law" ? PaymentAgreement::Kind::law
                                                                         : PaymentAgreement::Kind::agreement;
  if (const auto rule = root.child("rule")) {
    // The first format: somatic and psychiatric care alike but for the number of days.
    result.rules[CareKind::somatic] = counting_rule(rule, "somatic-days");
    result.rules[CareKind::psychiatric] = counting_rule(rule, "psychiatric-days");
  }
  for (const auto care : root.children("care")) {
    const auto kind = care_kind_from(care.attribute("type").value());
    if (!kind) {
      continue;  // the schema lists the kinds
    }
    if (result.rules.contains(*kind)) {
      problems.add(care, sdk::trf("vårdformen {} har redan en regel", care_kind_key(*kind)));
    }
    result.rules[*kind] = counting_rule(care, "days");
  }
  const auto amounts = root.child("amounts");
  result.amounts_table = amounts.attribute("table").value();
  read_amounts(amounts, problems, result.amounts, result.name);
  problems.throw_if_any();
  return result;
}

}  // namespace trygg::discharge
