// The access log (Patientdatalagen): reads written as they happen, and the follow-up that shows them
// beside the history's changes.
#include "trygg/storage.hpp"

#include "trygg/i18n.hpp"
#include "trygg/personal_identity.hpp"

#include "sql_values.hpp"
#include "storage_write.hpp"

namespace trygg {

void Storage::log_access(CaseId id, AccessAction action, const std::string& what, const std::string& actor, const std::string& client,
                         const std::optional<std::string>& emergency_reason)
{
  write([&] {
    // On the server, the address the server saw the read come from goes beside what the program says.
    sql::Statement insert(*db_, std::string("INSERT INTO access_log (at, actor, client, case_id, person_id, action, what, emergency_reason) "
                                            "SELECT ?, ?, ") +
                                    (on_server() ? "? || coalesce(' ' || host(inet_client_addr()), '')" : "?") +
                                    ", id, person_id, ?, ?, ? FROM care_case WHERE id = ?");
    insert.bind(1, to_iso_utc(clock_()));
    insert.bind(2, actor);
    insert.bind(3, client);
    insert.bind(4, to_string(action));
    insert.bind(5, what);
    bind_optional(insert, 6, emergency_reason);
    insert.bind(7, id);
    if (insert.exec() == 0) {
      throw StorageError(trf("Ärende {} finns inte", id));
    }
  });
}

std::vector<AccessLogLine> Storage::access_log(const AccessLogQuery& query) const
{
  std::string identity;
  if (!query.person_identity.empty()) {
    const auto parsed = PersonalIdentity::parse(query.person_identity, today(), reserve_formats_);
    if (!parsed.identity) {
      throw StorageError(ErrorKind::validation, trf("Ogiltigt person- eller samordningsnummer: {}", parsed.reason));
    }
    identity = parsed.identity->normalised();
  }
  try {
    // Each branch filtered on its own, so one person's lines come through their cases' indexes.
    const std::string filter = " AND (?1 = '' OR s.identity = ?1) AND (?2 = '' OR t.actor = ?2) AND (?3 IS NULL OR t.at >= ?3) "
                               "AND (?4 IS NULL OR t.at < ?4)";
    // Only the reads outside one's units (?5): no change is one.
    sql::Statement lines(*db_, "SELECT t.at, t.actor, t.client, t.case_id, s.identity, s.name, t.action, t.what, t.id, "
                               "  coalesce(t.emergency_reason, '') "
                               "FROM access_log t JOIN case_subject s ON s.case_id = t.case_id WHERE TRUE" + filter +
                               " AND (?5 = 0 OR t.emergency_reason IS NOT NULL) UNION ALL "
                               "SELECT t.at, t.actor, '', t.case_id, s.identity, s.name, 'change', "
                               "  t.entity || ' ' || t.field || coalesce(': ' || t.new_value, ''), t.id, '' "
                               "FROM history t JOIN case_subject s ON s.case_id = t.case_id WHERE TRUE" + filter +
                               " AND ?5 = 0 ORDER BY 1, 4, 9");  // within a second: in the order written
    lines.bind(1, identity);
    lines.bind(2, query.actor);
    bind_optional(lines, 3, query.from ? std::optional<std::string>(to_iso_utc(*query.from)) : std::nullopt);
    bind_optional(lines, 4, query.until ? std::optional<std::string>(to_iso_utc(*query.until)) : std::nullopt);
    lines.bind(5, query.emergency_only ? 1 : 0);
    std::vector<AccessLogLine> result;
    while (lines.executeStep()) {
      result.push_back({timestamp(lines.getColumn(0)), lines.getColumn(1).getString(), lines.getColumn(2).getString(),
                        lines.getColumn(3).getInt64(), lines.getColumn(4).getString(), lines.getColumn(5).getString(),
                        lines.getColumn(6).getString(), lines.getColumn(7).getString(), lines.getColumn(9).getString(),
                        lines.getColumn(6).getString() == "change" ? lines.getColumn(8).getInt64() : 0});
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

}  // namespace trygg
