#pragma once
// The people of a shared database: each signs in to the server as a role of their own, which the
// region's administrators register with what they are (coordinator, nurse, process owner,
// administrator) and the units and municipalities they work for. On the embedded file its one user
// may do everything: the file is theirs.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg {

enum class UserKind { coordinator, nurse, process_owner, administrator };
[[nodiscard]] const char* to_string(UserKind kind);  // "coordinator", "nurse", "process-owner", "administrator"
[[nodiscard]] std::optional<UserKind> parse_user_kind(std::string_view text);
// In the reader's language: "samordnare", "sjuksköterska", "processägare", "administratör".
[[nodiscard]] std::string user_kind_words(UserKind kind);

struct TryggUser {
  std::string role;  // the server role they sign in as: the history's "who"
  std::string name;  // as people know them
  UserKind kind = UserKind::nurse;
  std::vector<std::string> units;           // e.g. "Medicinavdelning 5", "Hemsjukvården Flen"
  std::vector<std::string> municipalities;  // whose people they care for; "*" for all
};

// What a kind of user may do. Coordinators and nurses change cases; process owners read them and follow
// up the access log; administrators do everything, and alone register users and trust or turn on plugins.
enum class Permission { change_cases, follow_up_access, trust_plugins, manage_users };
[[nodiscard]] bool may(UserKind kind, Permission permission);
[[nodiscard]] std::string permission_words(Permission permission);

// Whether the user takes part in the care of people in that municipality (case and accents aside).
// Anyone else's data needs a stated reason: nödåtkomst, flagged in the follow-up.
[[nodiscard]] bool covers(const TryggUser& user, std::string_view municipality);

// {"a", "b"} as "a, b" for people to read (or with another separator).
[[nodiscard]] std::string joined_list(const std::vector<std::string>& items, std::string_view separator = ", ");

}  // namespace trygg
