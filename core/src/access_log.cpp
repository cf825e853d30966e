#include "trygg/access_log.hpp"

#include "trygg/i18n.hpp"
#include "trygg/personal_identity.hpp"
#include "trygg/sdk/csv.hpp"

#include <fmt/format.h>

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

std::string access_action_words(const std::string& action)
{
  if (action == "read") {
    return tr("läste");
  }
  if (action == "print") {
    return tr("skrev ut");
  }
  if (action == "export") {
    return tr("exporterade");
  }
  return tr("ändrade");
}

std::optional<Timestamp> parse_day_or_time(const std::string& text)
{
  if (auto at = parse_user_time(text)) {
    return at;
  }
  return parse_user_time(text + " 00:00");
}

std::string access_log_csv(const std::vector<AccessLogLine>& lines)
{
  std::string csv = std::string("# ") + tr("Innehåller personuppgifter: logguppföljning enligt patientdatalagen.") + "\n";
  csv += "tid,användare,klient,ärende,personnummer,namn,åtgärd,vad,nödåtkomst\n";
  for (const auto& line : lines) {
    csv += fmt::format("{},{},{},{},{},{},{},{},{}\n", format_local(line.at), sdk::csv_field(line.actor), sdk::csv_field(line.client),
                       line.case_id, line.person_identity.empty() ? "" : display_identity(line.person_identity),
                       sdk::csv_field(line.person_name), line.action, sdk::csv_field(line.what), sdk::csv_field(line.emergency_reason));
  }
  return csv;
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
