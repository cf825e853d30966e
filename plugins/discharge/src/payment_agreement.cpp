#include "payment_liability.hpp"

#include "trygg/sdk/text.hpp"
#include "trygg/sdk/xml_file.hpp"

namespace trygg::discharge {

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
  const auto xml = sdk::XmlFile::load(file, "payment-agreement", "payment-agreement.xsd");
  sdk::ProblemList problems(xml);
  const auto root = xml.root();
  PaymentAgreement result;
  sdk::read_document_header(xml, problems, result);
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
      problems.add(amount, sdk::tr("beloppen ska stå i stigande årsordning"));
    }
    result.amounts.push_back({from_year, amount.attribute("per-day").as_int()});
  }
  problems.throw_if_any();
  return result;
}

}  // namespace trygg::discharge
