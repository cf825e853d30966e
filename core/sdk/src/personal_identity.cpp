#include "trygg/sdk/personal_identity.hpp"

#include "trygg/sdk/text.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

namespace trygg::sdk {
namespace {

using namespace std::chrono;

bool all_digits(std::string_view text)
{
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

int number(std::string_view digits)
{
  int value = 0;
  for (const char c : digits) {
    value = value * 10 + (c - '0');
  }
  return value;
}

// Luhn over the ten digits YYMMDDNNN: weights 2,1,2,1,... and the digits of each product summed.
int luhn_check_digit(std::string_view nine)
{
  int sum = 0;
  for (std::size_t i = 0; i < nine.size(); ++i) {
    const int product = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
    sum += product / 10 + product % 10;
  }
  return (10 - sum % 10) % 10;
}

IdentityCheck refuse(std::string reason)
{
  return {std::nullopt, std::move(reason)};
}

}  // namespace

PersonalIdentity::PersonalIdentity(std::string digits, Kind kind, Sex sex, year_month_day birth_date)
    : digits_(std::move(digits)), kind_(kind), sex_(sex), birth_date_(birth_date)
{
}

IdentityCheck PersonalIdentity::parse(std::string_view text, year_month_day today)
{
  std::string compact;
  char separator = 0;
  for (const char c : text) {
    if (c == ' ') {
      continue;
    }
    if (c == '-' || c == '+') {
      if (separator != 0) {
        return refuse(tr("mer än ett skiljetecken"));
      }
      separator = c;
      if (compact.size() != 6 && compact.size() != 8) {
        return refuse(tr("skiljetecknet ska stå före de fyra sista siffrorna"));
      }
      continue;
    }
    compact.push_back(c);
  }
  if (compact.empty()) {
    return refuse(tr("inget nummer angivet"));
  }
  if (!all_digits(compact)) {
    return refuse(tr("får bara innehålla siffror och - eller +"));
  }
  if (compact.size() != 10 && compact.size() != 12) {
    return refuse(trf("fel längd: {} siffror, ska vara 10 eller 12", compact.size()));
  }
  // In the twelve-digit form the century is written out, so a '+' adds nothing: taken as a '-', as
  // other readers of personnummer do.

  const std::string_view ten = std::string_view(compact).substr(compact.size() - 10);
  const int month = number(ten.substr(2, 2));
  int day = number(ten.substr(4, 2));
  Kind kind = Kind::personnummer;
  if (day > 60) {
    kind = Kind::samordningsnummer;
    day -= 60;
  }
  if (month < 1 || month > 12) {
    return refuse(trf("ogiltig månad {:02}", month));
  }

  int full_year = 0;
  if (compact.size() == 12) {
    full_year = number(std::string_view(compact).substr(0, 4));
  } else {
    // The latest year ending in YY whose date is not after today; '+' means a hundred years earlier.
    const int this_year = static_cast<int>(today.year());
    const int yy = number(ten.substr(0, 2));
    full_year = this_year - ((this_year % 100 - yy + 100) % 100);
    const year_month_day candidate{year{full_year}, std::chrono::month{static_cast<unsigned>(month)},
                                   std::chrono::day{static_cast<unsigned>(std::max(day, 1))}};
    if (candidate.ok() && candidate > today) {
      full_year -= 100;
    }
    if (separator == '+') {
      full_year -= 100;
    }
  }
  if (compact.size() == 12 && separator == '+') {
    separator = '-';
  }

  const year_month_day birth{year{full_year}, std::chrono::month{static_cast<unsigned>(month)},
                             std::chrono::day{static_cast<unsigned>(day)}};
  if (day < 1 || !birth.ok()) {
    return refuse(kind == Kind::samordningsnummer
                      ? trf("ogiltig dag {:02} (samordningsnummer: dag + 60)", day + 60)
                      : trf("ogiltigt datum {}-{:02}-{:02}", full_year, month, day));
  }
  if (birth > today) {
    return refuse(tr("födelsedatumet ligger i framtiden"));
  }
  if (full_year < 1800) {
    return refuse(tr("födelseåret är orimligt tidigt"));
  }

  if (ten.substr(6, 3) == "000") {
    return refuse(tr("födelsenummer 000 delas aldrig ut"));
  }
  const int expected = luhn_check_digit(ten.substr(0, 9));
  if (ten[9] - '0' != expected) {
    return refuse(trf("fel kontrollsiffra: {} (ska vara {})", ten[9], expected));
  }

  std::string digits = fmt::format("{:04}", full_year);
  digits.append(ten.substr(2));
  const Sex sex = (ten[8] - '0') % 2 == 1 ? Sex::male : Sex::female;
  return {PersonalIdentity(std::move(digits), kind, sex, birth), {}};
}

IdentityCheck PersonalIdentity::parse(std::string_view text, year_month_day today, const std::vector<ReserveNumberFormat>& reserve_formats)
{
  auto check = parse(text, today);
  if (check.identity || reserve_formats.empty()) {
    return check;
  }
  std::string compact;
  for (const char c : text) {
    if (c != ' ' && c != '-') {
      compact.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  // Bounded before any pattern sees it: a reservnummer is short.
  if (compact.empty() || compact.size() > 20) {
    return check;
  }
  for (const auto& format : reserve_formats) {
    try {
      if (std::regex_match(compact, std::regex(format.pattern, std::regex::ECMAScript))) {
        return {PersonalIdentity(compact, Kind::reservnummer, Sex::unknown, year_month_day{}), {}};
      }
    } catch (const std::regex_error&) {
      // A broken pattern is refused where the formats are read; here it simply does not match.
    }
  }
  std::string examples;
  for (const auto& format : reserve_formats) {
    examples += (examples.empty() ? "" : ", ") + format.example + " (" + format.region + ")";
  }
  check.reason += trf(", och det är inget reservnummer som {}", examples);
  return check;
}

std::string PersonalIdentity::display() const
{
  return display_identity(digits_);
}

std::string_view to_string(PersonalIdentity::Kind kind)
{
  switch (kind) {
    case PersonalIdentity::Kind::personnummer: return "personnummer";
    case PersonalIdentity::Kind::samordningsnummer: return "samordningsnummer";
    case PersonalIdentity::Kind::reservnummer: return "reservnummer";
  }
  return "personnummer";
}

std::string_view to_string(PersonalIdentity::Sex sex)
{
  switch (sex) {
    case PersonalIdentity::Sex::male: return "male";
    case PersonalIdentity::Sex::female: return "female";
    case PersonalIdentity::Sex::unknown: return "unknown";
  }
  return "unknown";
}

}  // namespace trygg::sdk
