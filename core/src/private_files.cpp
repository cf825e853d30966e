#include "trygg/private_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>
#include <vector>

namespace trygg {

void create_private_folders(const std::filesystem::path& folder)
{
  std::vector<std::filesystem::path> missing;
  std::error_code error;
  for (auto at = folder; !at.empty() && !std::filesystem::exists(at, error); at = at.parent_path()) {
    missing.push_back(at);
    if (at == at.parent_path()) {
      break;
    }
  }
  for (auto made = missing.rbegin(); made != missing.rend(); ++made) {
    if (::mkdir(made->c_str(), 0700) != 0 && errno != EEXIST) {
      throw std::filesystem::filesystem_error("mkdir", *made, std::error_code(errno, std::generic_category()));
    }
  }
}

void create_private_file(const std::filesystem::path& file)
{
  const int descriptor = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (descriptor >= 0) {
    ::close(descriptor);
  } else if (errno != EEXIST) {
    throw std::filesystem::filesystem_error("open", file, std::error_code(errno, std::generic_category()));
  }
}

void keep_private(const std::filesystem::path& folder)
{
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    return;
  }
  ::chmod(folder.c_str(), 0700);
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.is_regular_file(error) && !entry.is_symlink(error)) {
      ::chmod(entry.path().c_str(), 0600);
    }
  }
}

}  // namespace trygg
