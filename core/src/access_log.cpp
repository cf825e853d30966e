#include "trygg/access_log.hpp"

#include <unistd.h>

#include <cerrno>

namespace trygg {

const char* to_string(AccessAction action)
{
  switch (action) {
    case AccessAction::read: return "read";
    case AccessAction::print: return "print";
    case AccessAction::export_file: return "export";
  }
  return "read";
}

std::string this_client()
{
  char host[256] = {};
  if (::gethostname(host, sizeof host - 1) != 0) {
    host[0] = '\0';
  }
  return std::string(host) + " (" + program_invocation_short_name + ")";
}

}  // namespace trygg
