// The payment-liability clock (betalningsansvar), lag (2017:612) 5 kap., under a local agreement.
#include "payment_liability.hpp"

#include "trygg/sdk/swedish_calendar.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

namespace trygg::discharge {
namespace {

using sdk::tr;

using namespace std::chrono;

year_month_day next_day(year_month_day day)
{
  return year_month_day{sys_days{day} + days{1}};
}

bool counts(const PaymentAgreement& agreement, year_month_day day)
{
  return agreement.day_type == PaymentAgreement::DayType::calendar || sdk::is_working_day(day);
}

year_month_day first_counting_day_from(const PaymentAgreement& agreement, year_month_day day)
{
  while (!counts(agreement, day)) {
    day = next_day(day);
  }
  return day;
}

// The local date and minutes since midnight of an instant, in Swedish time.
std::pair<year_month_day, minutes> local_day_and_time(Timestamp at)
{
  return {sdk::swedish_date(at), minutes(sdk::swedish_minute(at))};
}

}  // namespace

Liability payment_liability(const PaymentAgreement& agreement, const LiabilityCase& care, Timestamp now)
{
  Liability result;
  if (!care.admission_notice) {
    result.unmet.push_back(tr("kommunen har inte fått inskrivningsmeddelandet"));
  }
  if (!care.ready_notice) {
    result.unmet.push_back(tr("kommunen har inte fått meddelandet om utskrivningsklar"));
    return result;
  }
  if (care.sip_needed && !care.sip_called) {
    result.unmet.push_back(tr("kallelse till SIP har inte skickats"));
  }
  if (care.declined) {
    result.unmet.push_back(tr("patienten har tackat nej till insatser"));
  }

  // The day the notice counts as received: a notice at or after the cut-off counts from the next day.
  auto [notice_day, notice_time] = local_day_and_time(*care.ready_notice);
  if (agreement.cut_off && notice_time >= *agreement.cut_off) {
    notice_day = next_day(notice_day);
  }
  // Day 0 is the notice day itself when it counts; otherwise counting begins with the next counting day.
  const int grace = care.psychiatric ? agreement.psychiatric_days : agreement.somatic_days;
  year_month_day day = agreement.notice_day_is_day_zero ? first_counting_day_from(agreement, notice_day)
                                                        : first_counting_day_from(agreement, next_day(notice_day));
  const int counted = agreement.notice_day_is_day_zero ? grace + 1 : grace;  // days 0..N or 1..N
  for (int n = 0; n < counted; ++n) {
    result.grace_days.push_back(day);
    if (n + 1 < counted) {
      day = first_counting_day_from(agreement, next_day(day));
    }
  }
  // Liability runs on every calendar day after the last grace day, whatever the day type.
  result.first_day = result.grace_days.empty() ? notice_day : next_day(result.grace_days.back());

  if (!result.applies()) {
    return result;
  }
  // Counted up to the discharge day (not included), or through today while the patient stays.
  const year_month_day end = care.discharged ? sdk::swedish_date(*care.discharged) : next_day(sdk::swedish_date(now));
  for (auto current = *result.first_day; current < end; current = next_day(current)) {
    ++result.days;
    result.amount += agreement.amount_on(current).value_or(0);
  }
  return result;
}

}  // namespace trygg::discharge
