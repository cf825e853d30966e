#include "trygg/payment_agreement.hpp"

#include "trygg/i18n.hpp"
#include "xml_file.hpp"

namespace trygg {

std::optional<int> PaymentAgreement::amount_on(std::chrono::year_month_day day) const
{
  std::optional<int> found;
  for (const auto& amount : amounts) {
    if (amount.from_year <= static_cast<int>(day.year())) {
      found = amount.per_day;
    }
  }
  return found;
}

PaymentAgreement read_payment_agreement(const std::filesystem::path& file)
{
  const auto xml = XmlFile::load(file, "payment-agreement", "payment-agreement.xsd");
  ProblemList problems(xml);
  const auto root = xml.root();
  PaymentAgreement result;
  result.file = file;
  result.id = root.attribute("id").value();
  result.version = root.attribute("version").as_int();
  result.name = root.attribute("name").value();
  result.example = root.attribute("example").as_bool();
  result.source = root.child_value("source");
  result.valid_from = from_iso_date(root.attribute("valid-from").value()).value_or(std::chrono::year_month_day{});
  if (const auto valid_to = root.attribute("valid-to")) {
    result.valid_to = from_iso_date(valid_to.value());
    if (result.valid_to && *result.valid_to < result.valid_from) {
      problems.add(root, tr("valid-to ligger före valid-from"));
    }
  }
  const auto rule = root.child("rule");
  result.day_type = std::string_view(rule.attribute("day-type").value()) == "working" ? PaymentAgreement::DayType::working
                                                                                      : PaymentAgreement::DayType::calendar;
  result.notice_day_is_day_zero = rule.attribute("notice-day-is-day-zero").as_bool();
  if (const auto cut_off = rule.attribute("cut-off")) {
    const std::string text = cut_off.value();
    result.cut_off = std::chrono::hours(std::stoi(text.substr(0, 2))) + std::chrono::minutes(std::stoi(text.substr(3, 2)));
  }
  result.somatic_days = rule.attribute("somatic-days").as_int();
  result.psychiatric_days = rule.attribute("psychiatric-days").as_int();
  for (const auto amount : root.child("amounts").children("amount")) {
    const int from_year = amount.attribute("from-year").as_int();
    if (!result.amounts.empty() && from_year <= result.amounts.back().from_year) {
      problems.add(amount, tr("beloppen ska stå i stigande årsordning"));
    }
    result.amounts.push_back({from_year, amount.attribute("per-day").as_int()});
  }
  problems.throw_if_any();
  return result;
}

}  // namespace trygg
