#include "trygg/trygg_user.hpp"

#include "trygg/i18n.hpp"
#include "trygg/sdk/text_fold.hpp"

#include <algorithm>

namespace trygg {

const char* to_string(UserKind kind)
{
  switch (kind) {
    case UserKind::coordinator: return "coordinator";
    case UserKind::nurse: return "nurse";
    case UserKind::process_owner: return "process-owner";
    case UserKind::administrator: return "administrator";
  }
  return "nurse";
}

std::optional<UserKind> parse_user_kind(std::string_view text)
{
  for (const auto kind : {UserKind::coordinator, UserKind::nurse, UserKind::process_owner, UserKind::administrator}) {
    if (text == to_string(kind)) {
      return kind;
    }
  }
  return std::nullopt;
}

std::string user_kind_words(UserKind kind)
{
  switch (kind) {
    case UserKind::coordinator: return tr("samordnare");
    case UserKind::nurse: return tr("sjuksköterska");
    case UserKind::process_owner: return tr("processägare");
    case UserKind::administrator: return tr("administratör");
  }
  return {};
}

bool may(UserKind kind, Permission permission)
{
  switch (permission) {
    case Permission::change_cases: return kind != UserKind::process_owner;
    case Permission::follow_up_access: return kind == UserKind::process_owner || kind == UserKind::administrator;
    case Permission::trust_plugins:
    case Permission::manage_users: return kind == UserKind::administrator;
  }
  return false;
}

std::string permission_words(Permission permission)
{
  switch (permission) {
    case Permission::change_cases: return tr("ändra ärenden");
    case Permission::follow_up_access: return tr("följa upp loggen");
    case Permission::trust_plugins: return tr("godkänna och slå på pluginer");
    case Permission::manage_users: return tr("lägga till användare");
  }
  return {};
}

bool covers(const TryggUser& user, std::string_view municipality)
{
  const auto key = sdk::swedish_sort_key(municipality);
  return std::any_of(user.municipalities.begin(), user.municipalities.end(),
                     [&](const std::string& own) { return own == "*" || sdk::swedish_sort_key(own) == key; });
}

std::string joined_list(const std::vector<std::string>& items, std::string_view separator)
{
  std::string text;
  for (const auto& item : items) {
    if (!text.empty()) {
      text += separator;
    }
    text += item;
  }
  return text;
}

}  // namespace trygg
