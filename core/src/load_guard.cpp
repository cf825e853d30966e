#include "load_guard.hpp"

#include <cerrno>
#include <csignal>
#include <fstream>
#include <sstream>
#include <unistd.h>
#include <vector>

namespace trygg {
namespace {

// Which library a marker speaks of: a replaced library is another one.
std::string identity_of(const std::filesystem::path& library)
{
  std::error_code error;
  const auto size = std::filesystem::file_size(library, error);
  const auto time = std::filesystem::last_write_time(library, error);
  std::ostringstream text;
  text << library.string() << ' ' << (error ? 0 : size) << ' ' << time.time_since_epoch().count();
  return text.str();
}

bool alive(pid_t pid)
{
  return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

std::string first_line(const std::filesystem::path& file)
{
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  return line;
}

}  // namespace

LoadGuard::LoadGuard(std::filesystem::path folder, std::string plugin_id, const std::filesystem::path& library)
    : folder_(std::move(folder)), plugin_id_(std::move(plugin_id)), identity_(identity_of(library))
{
}

LoadGuard::~LoadGuard()
{
  if (!marker_.empty()) {
    std::error_code ignored;
    std::filesystem::remove(marker_, ignored);
  }
}

int LoadGuard::crashes()
{
  std::error_code error;
  const std::string prefix = plugin_id_ + ".";
  const auto crash_file = folder_ / (plugin_id_ + ".crashes");
  for (const auto& entry : std::filesystem::directory_iterator(folder_, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0 || name.size() <= prefix.size() + 8 || name.substr(name.size() - 8) != ".loading") {
      continue;
    }
    const std::string pid_text = name.substr(prefix.size(), name.size() - prefix.size() - 8);
    pid_t pid = 0;
    try {
      pid = static_cast<pid_t>(std::stol(pid_text));
    } catch (const std::exception&) {
      pid = 0;  // not ours: a marker of an older Trygg, counted as a crash below
    }
    if (pid == ::getpid() || alive(pid)) {
      continue;  // a start in progress, not a crash
    }
    // Whoever moves the marker first counts it; a second process starting now finds it gone.
    const auto taken = entry.path().string() + ".counted-" + std::to_string(::getpid());
    std::filesystem::rename(entry.path(), taken, error);
    if (error) {
      continue;
    }
    if (const auto marked = first_line(taken); marked == identity_ || pid == 0) {
      std::ofstream(crash_file, std::ios::app) << identity_ << '\n';
    }
    std::filesystem::remove(taken, error);
  }
  int count = 0;
  std::ifstream in(crash_file);
  for (std::string line; std::getline(in, line);) {
    count += line == identity_ ? 1 : 0;
  }
  return count;
}

void LoadGuard::loading()
{
  std::error_code ignored;
  std::filesystem::create_directories(folder_, ignored);
  marker_ = folder_ / (plugin_id_ + "." + std::to_string(::getpid()) + ".loading");
  std::ofstream out(marker_, std::ios::trunc);
  out << identity_ << '\n';
  out.flush();
}

void LoadGuard::loaded()
{
  std::error_code ignored;
  std::filesystem::remove(marker_, ignored);
  marker_.clear();
  std::filesystem::remove(folder_ / (plugin_id_ + ".crashes"), ignored);
}

void forget_load_crashes(const std::filesystem::path& folder, const std::string& plugin_id)
{
  std::error_code error;
  const std::string prefix = plugin_id + ".";
  std::vector<std::filesystem::path> gone;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && (name.find(".loading") != std::string::npos || name == plugin_id + ".crashes")) {
      gone.push_back(entry.path());
    }
  }
  for (const auto& file : gone) {
    std::filesystem::remove(file, error);
  }
}

}  // namespace trygg
