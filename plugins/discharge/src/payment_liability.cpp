// The payment-liability clock (betalningsansvar), lag (2017:612) 5 kap., under the agreement that
// applies or, where none does, the law's own rule.
#include "payment_liability.hpp"

#include "trygg/sdk/swedish_calendar.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include <algorithm>

namespace trygg::discharge {
namespace {

using sdk::tr;
using sdk::trf;

using namespace std::chrono;

year_month_day next_day(year_month_day day)
{
  return year_month_day{sys_days{day} + days{1}};
}

bool counts(const PaymentAgreement::Rule& rule, year_month_day day)
{
  return rule.day_type == PaymentAgreement::DayType::calendar || sdk::is_working_day(day);
}

year_month_day first_counting_day_from(const PaymentAgreement::Rule& rule, year_month_day day)
{
  while (!counts(rule, day)) {
    day = next_day(day);
  }
  return day;
}

// The days before liability under a rule, and the first day after them, for a notice at `notice`.
void count_grace_days(const PaymentAgreement::Rule& rule, Timestamp notice, LiabilityEpisode& episode)
{
  // A notice at or after the cut-off counts as received the next day.
  auto notice_day = sdk::swedish_date(notice);
  if (rule.cut_off && minutes(sdk::swedish_minute(notice)) >= *rule.cut_off) {
    notice_day = next_day(notice_day);
  }
  // Day 0 is the notice day itself when it counts; otherwise counting begins with the next counting day.
  year_month_day day = first_counting_day_from(rule, rule.notice_day_is_day_zero ? notice_day : next_day(notice_day));
  const int counted = rule.notice_day_is_day_zero ? rule.days + 1 : rule.days;  // days 0..N or 1..N
  for (int n = 0; n < counted; ++n) {
    episode.grace_days.push_back(day);
    if (n + 1 < counted) {
      day = first_counting_day_from(rule, next_day(day));
    }
  }
  // Liability runs on every calendar day after the last grace day, whatever the day type.
  episode.first_day = episode.grace_days.empty() ? notice_day : next_day(episode.grace_days.back());
}

// Runs of readiness: a ready notice opens one unless one is open; "not ready" closes it.
std::vector<LiabilityEpisode> episodes_of(const LiabilityCase& care)
{
  struct Mark {
    Timestamp at;
    bool ready;
  };
  std::vector<Mark> marks;
  for (const auto at : care.ready_notices) {
    marks.push_back({at, true});
  }
  for (const auto at : care.not_ready) {
    marks.push_back({at, false});
  }
  // At the same instant, "not ready" before "ready": a correction that says ready again.
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.at < b.at || (a.at == b.at && !a.ready && b.ready); });
  std::vector<LiabilityEpisode> episodes;
  bool open = false;
  for (const auto& mark : marks) {
    if (mark.ready && !open) {
      episodes.push_back({});
      episodes.back().ready = mark.at;
      open = true;
    } else if (!mark.ready && open) {
      episodes.back().ended = mark.at;
      open = false;
    }
  }
  // Home ends the stay: what came after a discharge is not part of it.
  if (care.discharged) {
    std::erase_if(episodes, [&](const LiabilityEpisode& episode) { return episode.ready >= *care.discharged; });
    for (auto& episode : episodes) {
      if (!episode.ended || *episode.ended > *care.discharged) {
        episode.ended = care.discharged;
      }
    }
  }
  return episodes;
}

// Leaves out the days before a precondition was met: a day counts only when it held from its start.
void days_from_when_met(LiabilityEpisode& episode, std::optional<Timestamp> met_at, const char* what)
{
  if (!met_at || !episode.liable_from) {
    return;
  }
  const auto met_day = next_day(sdk::swedish_date(*met_at));
  if (met_day > *episode.liable_from) {
    episode.notes.push_back(trf("dagar före {} räknas inte: {} {}", sdk::to_iso_date(met_day), tr(what), sdk::format_swedish_time(*met_at)));
    episode.liable_from = met_day;
  }
}

void price(LiabilityEpisode& episode, const PaymentAgreement& agreement, const LiabilityCase& care, Timestamp now,
           std::set<int>& years_without_amount)
{
  if (!care.admission_notice) {
    episode.unmet.push_back(tr("kommunen har inte fått inskrivningsmeddelandet"));
  }
  if (care.sip_needed && !care.sip_called) {
    episode.unmet.push_back(tr("kallelse till SIP har inte skickats"));
  }
  if (care.declined && *care.declined <= episode.ready) {
    episode.unmet.push_back(tr("patienten har tackat nej till insatser"));
  }
  const auto* rule = agreement.rule_for(care.care);
  if (rule == nullptr) {
    episode.unmet.push_back(trf("{} säger inget om {}", agreement.name, care_kind_label(care.care)));
    return;
  }
  count_grace_days(*rule, episode.ready, episode);
  if (!rule->liable) {
    episode.unmet.push_back(trf("enligt {} betalar kommunen inte för {}", agreement.name, care_kind_label(care.care)));
  }
  if (!episode.unmet.empty()) {
    return;
  }
  episode.liable_from = episode.first_day;
  days_from_when_met(episode, care.admission_notice, N_("inskrivningsmeddelandet kom"));
  if (care.sip_needed) {
    days_from_when_met(episode, care.sip_called, N_("kallelsen till SIP skickades"));
  }
  auto end = episode.ended ? sdk::swedish_date(*episode.ended) : next_day(sdk::swedish_date(now));
  if (care.declined && *care.declined < now && sdk::swedish_date(*care.declined) < end) {
    end = sdk::swedish_date(*care.declined);
    episode.notes.push_back(trf("patienten tackade nej till insatser {}", sdk::format_swedish_time(*care.declined)));
  }
  // Counted up to the day it ends (not included), or through today while it runs.
  for (auto day = *episode.liable_from; day < end; day = next_day(day)) {
    ++episode.days;
    const int year = static_cast<int>(day.year());
    if (const auto* amount = agreement.amount_in(year)) {
      episode.amount += amount->per_day;
    } else {
      ++episode.days_without_amount;
      years_without_amount.insert(year);
    }
  }
}

}  // namespace

std::optional<Timestamp> opening_ready_notice(const LiabilityCase& care)
{
  const auto episodes = episodes_of(care);
  return episodes.empty() ? std::nullopt : std::optional<Timestamp>(episodes.back().ready);
}

std::optional<year_month_day> Liability::first_day() const
{
  const auto* episode = current();
  if (episode == nullptr) {
    return std::nullopt;
  }
  return episode->liable_from ? episode->liable_from : episode->first_day;
}

const std::vector<std::string>& Liability::unmet() const
{
  static const std::vector<std::string> none;
  const auto* episode = current();
  return episode == nullptr ? none : episode->unmet;
}

bool Liability::applies() const
{
  const auto* episode = current();
  return days > 0 || (episode != nullptr && episode->unmet.empty() && episode->first_day);
}

Liability payment_liability(const AgreementSelector& select, const LiabilityCase& care, Timestamp now)
{
  Liability result;
  result.episodes = episodes_of(care);
  for (auto& episode : result.episodes) {
    const auto selection = select(sdk::swedish_date(episode.ready));
    episode.basis = selection.basis;
    if (selection.agreement == nullptr) {
      episode.unmet.push_back(selection.problem);
      continue;
    }
    episode.agreement_id = selection.agreement->id;
    episode.agreement_name = selection.agreement->name;
    episode.agreement_example = selection.agreement->example;
    price(episode, *selection.agreement, care, now, result.years_without_amount);
    result.days += episode.days;
    result.amount += episode.amount;
    result.days_without_amount += episode.days_without_amount;
  }
  return result;
}

std::string format_kronor(long amount)
{
  std::string digits = std::to_string(amount < 0 ? -amount : amount);
  for (auto at = static_cast<long>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<std::size_t>(at), " ");
  }
  return (amount < 0 ? "-" : "") + digits + " kr";
}

std::string priced_days_text(const Liability& liability)
{
  const auto days = static_cast<unsigned long>(liability.days);
  std::string years;
  for (const int year : liability.years_without_amount) {
    years += (years.empty() ? "" : ", ") + std::to_string(year);
  }
  if (liability.amount_known()) {
    return sdk::trfn("{} dag, {}", "{} dagar, {}", days, liability.days, format_kronor(liability.amount));
  }
  if (liability.days_without_amount == liability.days) {
    return sdk::trfn("{} dag, belopp okänt för {}", "{} dagar, belopp okänt för {}", days, liability.days, years);
  }
  return sdk::trfn("{} dag, {}", "{} dagar, {}", days, liability.days, format_kronor(liability.amount)) +
         sdk::trfn(" + {} dag utan känt belopp ({})", " + {} dagar utan känt belopp ({})",
                   static_cast<unsigned long>(liability.days_without_amount), liability.days_without_amount, years);
}

}  // namespace trygg::discharge
