#include "trygg/i18n.hpp"

#include "trygg/app_paths.hpp"

#include <clocale>
#include <cstdlib>
#include <cstring>

namespace trygg {

namespace {

std::string& chosen_language()
{
  static std::string language = "sv";
  return language;
}

}  // namespace

const std::string& ui_language()
{
  return chosen_language();
}

std::string grouped_number(std::int64_t number)
{
  const std::string separator = ui_language() == "sv" ? "\u00a0" : ",";
  // Unsigned, so the smallest int64 has a magnitude too.
  const auto magnitude = number < 0 ? 0ULL - static_cast<unsigned long long>(number) : static_cast<unsigned long long>(number);
  const std::string digits = std::to_string(magnitude);
  std::string text = number < 0 ? "-" : "";
  for (std::size_t at = 0; at < digits.size(); ++at) {
    if (at > 0 && (digits.size() - at) % 3 == 0) {
      text += separator;
    }
    text += digits[at];
  }
  return text;
}

std::string requested_language(const std::string& fallback)
{
  const char* chosen = std::getenv("TRYGG_LANG");
  return chosen != nullptr && *chosen != '\0' ? std::string(chosen).substr(0, 2) : fallback;
}

void use_language(const std::string& language)
{
  // The user's own locale for everything else (dates, sorting); if that is plain C, C.UTF-8,
  // because glibc ignores LANGUAGE in the C locale.
  const char* locale = std::setlocale(LC_ALL, "");
  if (locale == nullptr || std::strcmp(locale, "C") == 0 || std::strcmp(locale, "POSIX") == 0) {
    std::setlocale(LC_ALL, "C.UTF-8");
  }
  ::setenv("LANGUAGE", language.c_str(), 1);
  chosen_language() = language;
  const auto exe = executable_folder();
  for (const auto& folder : {exe / "../share/locale", exe / "../../share/locale"}) {
    std::error_code ignored;
    if (std::filesystem::exists(folder / language / "LC_MESSAGES" / "trygg.mo", ignored)) {
      bindtextdomain("trygg", folder.lexically_normal().c_str());
      break;
    }
  }
  bind_textdomain_codeset("trygg", "UTF-8");
}

}  // namespace trygg
