#include "physician_cover.hpp"

#include "trygg/sdk/text.hpp"

#include <array>
#include <fmt/format.h>

namespace trygg::physician {
namespace {

constexpr std::array<const char*, 7> day_ids{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<const char*, 7> day_names{N_("mån"), N_("tis"), N_("ons"), N_("tors"), N_("fre"), N_("lör"), N_("sön")};

int day_index(const std::string& id)
{
  for (std::size_t index = 0; index < day_ids.size(); ++index) {
    if (id == day_ids[index]) {
      return static_cast<int>(index);
    }
  }
  return 0;
}

int minutes_of(const std::string& clock)
{
  return clock.size() == 5 ? std::stoi(clock.substr(0, 2)) * 60 + std::stoi(clock.substr(3, 2)) : 0;
}

// Marks minutes from `start` for `length` minutes, wrapping round the week.
void mark(std::vector<int>& owner, int start, int length, int who)
{
  for (int minute = 0; minute < length; ++minute) {
    auto& slot = owner[static_cast<std::size_t>((start + minute) % minutes_per_week)];
    if (slot < 0) {
      slot = who;
    }
  }
}

// One day's from..to, into the next morning when to is not after from.
void mark_day(std::vector<int>& owner, int day, const std::string& from, const std::string& to, int who)
{
  const int start = minutes_of(from);
  int end = minutes_of(to);
  if (end <= start) {
    end += 24 * 60;
  }
  mark(owner, day * 24 * 60 + start, end - start, who);
}

}  // namespace

int WeekCover::gap_minutes() const
{
  int total = 0;
  for (const auto& gap : gaps) {
    total += gap.to - gap.from;
  }
  return total;
}

WeekCover week_cover(const PhysicianAgreement& agreement)
{
  std::vector<int> owner(static_cast<std::size_t>(minutes_per_week), -1);
  std::vector<std::string> names;
  if (agreement.office_hours) {
    const auto& office = *agreement.office_hours;
    for (int day = day_index(office.from_day); day <= day_index(office.to_day); ++day) {
      mark_day(owner, day, office.from, office.to, 0);
    }
  }
  names.push_back(sdk::tr("Kontorstid"));
  for (const auto& window : agreement.out_of_hours) {
    const int who = static_cast<int>(names.size());
    names.push_back(window.name);
    if (window.holiday_eve) {
      continue;  // not part of an ordinary week
    }
    if (!window.days.empty()) {
      std::size_t start = 0;
      while (start < window.days.size()) {
        const auto end = std::min(window.days.find(' ', start), window.days.size());
        if (end > start) {
          mark_day(owner, day_index(window.days.substr(start, end - start)), window.from, window.to, who);
        }
        start = end + 1;
      }
    } else {
      const int from = day_index(window.from_day) * 24 * 60 + minutes_of(window.from);
      int to = day_index(window.to_day) * 24 * 60 + minutes_of(window.to);
      if (to <= from) {
        to += minutes_per_week;
      }
      mark(owner, from, to - from, who);
    }
  }
  WeekCover cover;
  for (int minute = 0; minute < minutes_per_week;) {
    const int who = owner[static_cast<std::size_t>(minute)];
    int end = minute;
    while (end < minutes_per_week && owner[static_cast<std::size_t>(end)] == who) {
      ++end;
    }
    if (who < 0) {
      cover.gaps.push_back({minute, end, {}});
    } else {
      cover.covered.push_back({minute, end, names[static_cast<std::size_t>(who)]});
    }
    minute = end;
  }
  // A gap over Sunday midnight is one gap ("fre 17:00–mån 08:00"), not two.
  if (cover.gaps.size() > 1 && cover.gaps.front().from == 0 && cover.gaps.back().to == minutes_per_week) {
    cover.gaps.back().to = minutes_per_week + cover.gaps.front().to;
    cover.gaps.erase(cover.gaps.begin());
  }
  return cover;
}

std::string stretch_text(const WeekStretch& stretch)
{
  const auto at = [](int minute) {
    const int day = (minute / (24 * 60)) % 7;
    const int in_day = minute % (24 * 60);
    return fmt::format("{} {:02}:{:02}", sdk::tr(day_names[static_cast<std::size_t>(day)]), in_day / 60, in_day % 60);
  };
  const int last = stretch.to;  // exclusive: the end of the stretch
  const bool same_day = stretch.from / (24 * 60) == (last - 1) / (24 * 60);
  if (same_day) {
    const int in_day = last - (stretch.from / (24 * 60)) * 24 * 60;
    return at(stretch.from) + fmt::format("–{:02}:{:02}", in_day / 60, in_day % 60);
  }
  return at(stretch.from) + "–" + at(last % minutes_per_week);
}

}  // namespace trygg::physician
