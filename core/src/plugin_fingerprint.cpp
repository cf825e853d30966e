#include "plugin_fingerprint.hpp"

#include "trygg/i18n.hpp"

#include <nettle/sha2.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <vector>

namespace trygg {
namespace {

std::string hex(const std::uint8_t* bytes, std::size_t size)
{
  constexpr const char* digits = "0123456789abcdef";
  std::string text;
  for (std::size_t n = 0; n < size; ++n) {
    text += digits[bytes[n] >> 4U];
    text += digits[bytes[n] & 0xFU];
  }
  return text;
}

}  // namespace

std::string plugin_fingerprint(const std::filesystem::path& folder)
{
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (auto entry = std::filesystem::recursive_directory_iterator(folder, error);
       !error && entry != std::filesystem::recursive_directory_iterator(); entry.increment(error)) {
    if (entry->is_regular_file(error)) {
      files.push_back(entry->path());
    }
  }
  std::sort(files.begin(), files.end());
  sha256_ctx all{};
  sha256_init(&all);
  std::array<char, 65536> chunk{};
  for (const auto& file : files) {
    const std::string name = file.lexically_relative(folder).generic_string();
    sha256_update(&all, name.size() + 1, reinterpret_cast<const std::uint8_t*>(name.c_str()));
    std::ifstream in(file, std::ios::binary);
    while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
      sha256_update(&all, static_cast<std::size_t>(in.gcount()), reinterpret_cast<const std::uint8_t*>(chunk.data()));
    }
  }
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  sha256_digest(&all, digest.size(), digest.data());
  return "sha256:" + hex(digest.data(), digest.size());
}

std::string unsafe_library_reason(const std::filesystem::path& library)
{
  std::error_code error;
  if (std::filesystem::is_symlink(library, error)) {
    return trf("{} är en symbolisk länk; en godkänd plugins bibliotek ska ligga i dess egen mapp", library.string());
  }
  using std::filesystem::perms;
  const auto writable_by_others = [&](const std::filesystem::path& path) {
    const auto permissions = std::filesystem::status(path, error).permissions();
    return !error && (permissions & (perms::group_write | perms::others_write)) != perms::none;
  };
  if (writable_by_others(library)) {
    return trf("{} kan skrivas av andra än ägaren; ingen kod körs från den", library.string());
  }
  if (writable_by_others(library.parent_path())) {
    return trf("{} kan skrivas av andra än ägaren; ingen kod körs därifrån", library.parent_path().string());
  }
  return {};
}

}  // namespace trygg
