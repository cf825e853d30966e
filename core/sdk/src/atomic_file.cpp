#include "trygg/sdk/atomic_file.hpp"

#include "trygg/sdk/text.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace trygg::sdk {

void write_file_atomically(const std::filesystem::path& file, const std::string& text)
{
  const auto partial = std::filesystem::path(file.string() + ".partial");
  // A new file is for its owner alone (an export holds personal data); a file written over keeps the
  // permissions someone gave it.
  struct stat existing {};
  const mode_t mode = ::stat(file.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0600;
  const int descriptor = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (descriptor < 0) {
    throw std::runtime_error(trf("{} kunde inte skapas: {}", file.string(), std::strerror(errno)));
  }
  (void)::fchmod(descriptor, mode);  // a partial file left by an earlier failure had its own mode
  const auto fail = [&](int error) {
    ::close(descriptor);
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    throw std::runtime_error(error == ENOSPC ? trf("Disken är full: {} skrevs inte; det som fanns där är kvar.", file.string())
                                            : trf("{} kunde inte skrivas ({}); det som fanns där är kvar.", file.string(),
                                                  std::strerror(error)));
  };
  std::size_t written = 0;
  while (written < text.size()) {
    const auto result = ::write(descriptor, text.data() + written, text.size() - written);
    if (result < 0) {
      if (errno == EINTR) {
        continue;
      }
      fail(errno);
    }
    written += static_cast<std::size_t>(result);
  }
  if (::fsync(descriptor) != 0) {
    fail(errno);
  }
  ::close(descriptor);
  std::error_code error;
  std::filesystem::rename(partial, file, error);
  if (error) {
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    throw std::runtime_error(trf("{} kunde inte skrivas ({}); det som fanns där är kvar.", file.string(), error.message()));
  }
}

}  // namespace trygg::sdk
