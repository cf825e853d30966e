#include "history_chain.hpp"

#include <nettle/sha2.h>

#include <array>
#include <cstdint>

namespace trygg {

std::string history_chain(const std::string& previous, const HistoryFields& fields)
{
  sha256_ctx context{};
  sha256_init(&context);
  // Each part ends with a unit separator, a missing value is a record separator: no two different lines
  // give the same bytes.
  const auto add = [&](const std::optional<std::string>& part) {
    if (part) {
      sha256_update(&context, part->size(), reinterpret_cast<const std::uint8_t*>(part->data()));
      sha256_update(&context, 1, reinterpret_cast<const std::uint8_t*>("\x1f"));
    } else {
      sha256_update(&context, 1, reinterpret_cast<const std::uint8_t*>("\x1e"));
    }
  };
  add(std::optional<std::string>(previous));
  add(fields.case_id);
  add(fields.at);
  add(fields.actor);
  add(fields.entity);
  add(fields.entity_id);
  add(fields.field);
  add(fields.old_value);
  add(fields.new_value);
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  sha256_digest(&context, digest.size(), digest.data());
  constexpr const char* digits = "0123456789abcdef";
  std::string text = "sha256:";
  for (const auto byte : digest) {
    text += digits[byte >> 4U];
    text += digits[byte & 0xFU];
  }
  return text;
}

void history_chain_function(sqlite3_context* context, int count, sqlite3_value** values)
{
  const auto text = [&](int index) -> std::optional<std::string> {
    if (index >= count || sqlite3_value_type(values[index]) == SQLITE_NULL) {
      return std::nullopt;
    }
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(values[index]));
    return std::string(bytes, static_cast<std::size_t>(sqlite3_value_bytes(values[index])));
  };
  const std::string chain = history_chain(text(0).value_or(""), {text(1), text(2), text(3), text(4), text(5), text(6), text(7), text(8)});
  sqlite3_result_text(context, chain.c_str(), static_cast<int>(chain.size()), SQLITE_TRANSIENT);
}

}  // namespace trygg
