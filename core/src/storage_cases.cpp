// Cases and their people: opening one, reading one, the case list and its rows.
#include "trygg/storage.hpp"

#include "core_schema.hpp"
#include "sql_values.hpp"
#include "case_search_words.hpp"
#include "storage_write.hpp"

#include <algorithm>
#include <functional>
#include <sstream>
#include <variant>
#include "utf8_text.hpp"
#include "trygg/sdk/text_fold.hpp"
#include "trygg/i18n.hpp"
#include "trygg/personal_identity.hpp"

namespace trygg {
namespace {

// A row of the case list, read by column name from a query over `summary_columns`.
constexpr const char* summary_columns =
    "c.id, c.plugin_id, c.process, c.title, c.status, p.identity, p.name, p.municipality, c.opened_at, "
    "c.items_total, c.items_settled, c.next_due_at";

CaseSummary summary_row(sql::Statement& query)
{
  CaseSummary row;
  row.id = query.getColumn("id").getInt64();
  row.plugin_id = query.getColumn("plugin_id").getString();
  row.process = query.getColumn("process").getString();
  row.title = query.getColumn("title").getString();
  row.status = case_status_from(query.getColumn("status").getString()).value_or(CaseStatus::open);
  row.person_identity = query.getColumn("identity").getString();
  row.person_name = query.getColumn("name").getString();
  row.municipality = query.getColumn("municipality").getString();
  row.opened_at = timestamp(query.getColumn("opened_at"));
  row.items_total = query.getColumn("items_total").getInt();
  row.items_done = query.getColumn("items_settled").getInt();
  row.next_due = optional_timestamp(query.getColumn("next_due_at"));
  return row;
}

}  // namespace

CaseId Storage::create_case(const NewCase& request, const std::string& actor)
{
  require_utf8(request.person.name, tr("Namnet"));
  require_utf8(request.person.municipality, tr("Kommunen"));
  require_utf8(request.title, tr("Rubriken"));
  require_utf8(actor, tr("Användarnamnet"));
  if (!request.about_person) {
    return create_case_without_person(request, actor);
  }
  const auto identity = PersonalIdentity::parse(request.person.identity, today(), reserve_formats_);
  if (!identity.identity) {
    throw StorageError(ErrorKind::validation, trf("Ogiltigt person- eller samordningsnummer: {}", identity.reason));
  }
  return write([&] {
    const Timestamp at = clock_();
    sql::Statement find_person(*db_, "SELECT id, name, municipality FROM person WHERE identity = ?");
    find_person.bind(1, identity.identity->normalised());
    std::int64_t person_id = 0;
    std::optional<std::string> old_name;
    std::optional<std::string> old_municipality;
    // What the person is called and where they live after this: what was asked for, or what is known
    // where nothing was asked.
    std::string name = request.person.name;
    std::string municipality = request.person.municipality;
    if (find_person.executeStep()) {
      person_id = find_person.getColumn(0).getInt64();
      old_name = find_person.getColumn(1).getString();
      old_municipality = find_person.getColumn(2).getString();
      name = name.empty() ? *old_name : name;
      municipality = municipality.empty() ? *old_municipality : municipality;
      // The person is shared by all their cases: a new name or municipality changes every one of them,
      // so it is asked about, never done in passing.
      if ((name != *old_name || municipality != *old_municipality) && !request.person_change_confirmed) {
        throw NeedsConfirmation({trf("{} finns redan som {}, {}. Ändra personen till {}, {}? Det gäller alla personens ärenden.",
                                     identity.identity->display(), *old_name, old_municipality->empty() ? "–" : *old_municipality,
                                     name, municipality.empty() ? "–" : municipality)});
      }
      sql::Statement update(*db_, "UPDATE person SET name = ?, municipality = ? WHERE id = ?");
      update.bind(1, name);
      update.bind(2, municipality);
      update.bind(3, person_id);
      update.exec();
    } else {
      if (name.empty()) {
        throw StorageError(ErrorKind::validation, tr("Personens namn saknas"));
      }
      sql::Statement insert(*db_, "INSERT INTO person (identity, name, municipality) VALUES (?, ?, ?) RETURNING id");
      insert.bind(1, identity.identity->normalised());
      insert.bind(2, name);
      insert.bind(3, municipality);
      person_id = insert.inserted_id();
    }

    if (request.linked_case) {
      // Linked cases count each other's events toward their deadlines: only one person's cases may be linked.
      const auto origin = find_case(*request.linked_case);
      if (!origin) {
        throw StorageError(trf("Ärende {} finns inte", *request.linked_case));
      }
      if (origin->person.identity != identity.identity->normalised()) {
        throw StorageError(trf("Ärende {} gäller en annan person ({}); ett kopplat ärende ska gälla samma person",
                               *request.linked_case, display_identity(origin->person.identity)));
      }
    }
    sql::Statement insert(*db_, "INSERT INTO care_case (person_id, plugin_id, process, title, opened_at, opened_by, "
                                "linked_case_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
    insert.bind(1, person_id);
    insert.bind(2, request.plugin_id);
    insert.bind(3, request.process);
    insert.bind(4, request.title);
    insert.bind(5, to_iso_utc(at));
    insert.bind(6, actor);
    if (request.linked_case) {
      insert.bind(7, *request.linked_case);
    }
    const CaseId id = insert.inserted_id();
    index_person_for_list(person_id);  // this case, and the person's others when their name changed
    record(id, "case", id, "opened", std::nullopt, request.plugin_id + "/" + request.process, actor, at);
    if (request.linked_case) {
      record(id, "case", id, "linked_case", std::nullopt, std::to_string(*request.linked_case), actor, at);
    }
    for (const auto& checklist : request.checklists) {
      insert_checklist(id, checklist, actor, at);
    }
    for (const auto& risk_template : request.risk_templates) {
      insert_risk_analysis(id, risk_template, actor, at);
    }
    // Items may fall due, or be settled, by the origin's events (a SIP's kallelse from the ready notice).
    touch(id, actor, at);
    // The person's history: shown in every case of theirs (storage_history.cpp).
    if (old_name && *old_name != name) {
      record(id, "person", person_id, "name", old_name, name, actor, at);
    }
    if (old_municipality && *old_municipality != municipality) {
      record(id, "person", person_id, "municipality", old_municipality, municipality, actor, at);
    }
    return id;
  });
}

CaseId Storage::create_case_without_person(const NewCase& request, const std::string& actor)
{
  // The title is what the case is about (a unit, an agreement, a holiday period): without it the case
  // could not be told from another in the list.
  if (request.title.empty()) {
    throw StorageError(ErrorKind::validation, tr("Ärendet gäller ingen person: ange i rubriken vad det gäller (enhet, avtal eller period)"));
  }
  if (!request.person.identity.empty()) {
    throw StorageError(ErrorKind::validation, trf("Processen {} gäller ingen person; ärendet tar inget personnummer", request.process));
  }
  if (request.linked_case) {
    throw StorageError(ErrorKind::validation, tr("Ett ärende som inte gäller en person kopplas inte till en persons ärende"));
  }
  return write([&] {
    const Timestamp at = clock_();
    sql::Statement insert(*db_, "INSERT INTO care_case (person_id, municipality, plugin_id, process, title, opened_at, opened_by) "
                                "VALUES (NULL, ?, ?, ?, ?, ?, ?) RETURNING id");
    insert.bind(1, request.person.municipality);
    insert.bind(2, request.plugin_id);
    insert.bind(3, request.process);
    insert.bind(4, request.title);
    insert.bind(5, to_iso_utc(at));
    insert.bind(6, actor);
    const CaseId id = insert.inserted_id();
    index_case_for_list(id);
    record(id, "case", id, "opened", std::nullopt, request.plugin_id + "/" + request.process, actor, at);
    if (!request.person.municipality.empty()) {
      record(id, "case", id, "municipality", std::nullopt, request.person.municipality, actor, at);
    }
    for (const auto& checklist : request.checklists) {
      insert_checklist(id, checklist, actor, at);
    }
    for (const auto& risk_template : request.risk_templates) {
      insert_risk_analysis(id, risk_template, actor, at);
    }
    touch(id, actor, at);
    return id;
  });
}

std::vector<CaseId> Storage::follow_on_cases(CaseId id) const
{
  try {
    sql::Statement query(*db_, "SELECT id FROM care_case WHERE linked_case_id = ? ORDER BY id");
    query.bind(1, id);
    std::vector<CaseId> result;
    while (query.executeStep()) {
      result.push_back(query.getColumn(0).getInt64());
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::optional<CareCase> Storage::find_case(CaseId id) const
{
  try {
    // The case with its person and its active events, in one read.
    static constexpr const char* query_sql = "SELECT c.id, c.plugin_id, c.process, c.title, c.status, p.identity, p.name, p.municipality, "
                                 "c.opened_at, c.opened_by, c.closed_at, c.linked_case_id, c.rules_error, e.id AS event_id, "
                                 "e.kind, e.at, e.note, e.recorded_by, e.recorded_at "
                                 "FROM care_case c JOIN case_subject p ON p.case_id = c.id "
                                 "LEFT JOIN case_event e ON e.case_id = c.id AND e.withdrawn_at IS NULL "
                                 "WHERE c.id = ? ORDER BY e.at, e.id";
    const auto query_handle = prepared(query_sql);
    auto& query = *query_handle;
    query.bind(1, id);
    std::optional<CareCase> result;
    while (query.executeStep()) {
      if (!result) {
        result.emplace();
        result->id = query.getColumn("id").getInt64();
        result->plugin_id = query.getColumn("plugin_id").getString();
        result->process = query.getColumn("process").getString();
        result->title = query.getColumn("title").getString();
        result->status = case_status_from(query.getColumn("status").getString()).value_or(CaseStatus::open);
        result->person = {query.getColumn("identity").getString(), query.getColumn("name").getString(),
                          query.getColumn("municipality").getString()};
        result->opened_at = timestamp(query.getColumn("opened_at"));
        result->opened_by = query.getColumn("opened_by").getString();
        result->closed_at = optional_timestamp(query.getColumn("closed_at"));
        if (!query.getColumn("linked_case_id").isNull()) {
          result->linked_case = query.getColumn("linked_case_id").getInt64();
        }
        result->rules_error = query.getColumn("rules_error").getString();
      }
      if (!query.getColumn("event_id").isNull()) {
        result->events.push_back({query.getColumn("event_id").getInt64(), query.getColumn("kind").getString(),
                                  timestamp(query.getColumn("at")), query.getColumn("note").getString(),
                                  query.getColumn("recorded_by").getString(), timestamp(query.getColumn("recorded_at")), id});
      }
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::vector<LinkedCaseEvents> Storage::tied_case_events(CaseId id) const
{
  try {
    static const std::string query_sql = std::string("SELECT c.id, c.process, e.kind, e.at FROM care_case c "
                                             "LEFT JOIN case_event e ON e.case_id = c.id AND e.withdrawn_at IS NULL "
                                             "WHERE c.id IN (") + tied_cases_sql + ") AND c.id <> ?1 ORDER BY c.id, e.at, e.id";
    const auto query_handle = prepared(query_sql.c_str());
    auto& query = *query_handle;
    query.bind(1, id);
    std::vector<LinkedCaseEvents> result;
    while (query.executeStep()) {
      const CaseId other = query.getColumn("id").getInt64();
      if (result.empty() || result.back().id != other) {
        result.push_back({other, query.getColumn("process").getString(), {}});
      }
      if (!query.getColumn("kind").isNull()) {
        result.back().events.emplace_back(query.getColumn("kind").getString(), timestamp(query.getColumn("at")));
      }
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

namespace {

// Each case's subject, from which its search words (case_search_words) and sort keys (Swedish order,
// sdk::swedish_sort_key) are made here, the same for the file and the server; schema 9 and 11 filled
// them the same way.
constexpr const char* case_subjects =
    "SELECT c.id, s.identity, s.name, s.municipality, c.title FROM care_case c JOIN case_subject s ON s.case_id = c.id";

}  // namespace

void Storage::index_case_for_list(CaseId id)
{
  static const std::string subjects = std::string(case_subjects) + " WHERE c.id = ?";
  index_for_list(subjects.c_str(), id);
}

void Storage::index_person_for_list(std::int64_t person_id)
{
  static const std::string subjects = std::string(case_subjects) + " WHERE c.person_id = ?";
  index_for_list(subjects.c_str(), person_id);
}

// Reads the subjects `subjects_sql` picks by `key` (one bound value), then writes their search words and
// sort keys. Returns the last case it indexed, 0 for none.
CaseId Storage::index_for_list(const char* subjects_sql, std::int64_t key)
{
  struct Subject {
    CaseId id;
    std::string identity, name, municipality, title;
  };
  std::vector<Subject> subjects;
  {
    const auto query = prepared(subjects_sql);
    query->bind(1, key);
    while (query->executeStep()) {
      subjects.push_back({query->getColumn(0).getInt64(), query->getColumn(1).getString(), query->getColumn(2).getString(),
                          query->getColumn(3).getString(), query->getColumn(4).getString()});
    }
  }
  const bool server = on_server();  // the file's search index is FTS5, keyed by rowid
  const auto remove = prepared(server ? "DELETE FROM case_search WHERE case_id = ?" : "DELETE FROM case_search WHERE rowid = ?");
  const auto insert =
      prepared(server ? "INSERT INTO case_search (case_id, words) VALUES (?, ?)" : "INSERT INTO case_search (rowid, words) VALUES (?, ?)");
  const auto keys = prepared("UPDATE care_case SET identity = ?, name_key = ?, municipality_key = ?, title_key = ? WHERE id = ?");
  for (const auto& subject : subjects) {
    bind_all(*remove, subject.id);
    remove->exec();
    bind_all(*insert, subject.id, case_search_words(subject.name, subject.title, subject.identity));
    insert->exec();
    bind_all(*keys, subject.identity, sdk::swedish_sort_key(subject.name), sdk::swedish_sort_key(subject.municipality),
             sdk::swedish_sort_key(subject.title), subject.id);
    keys->exec();
  }
  return subjects.empty() ? 0 : subjects.back().id;
}

void Storage::rebuild_list_index()
{
  write([&] {
    db_->exec("DELETE FROM case_search");
    // Every key changes: the order indexes are made again once, in one sorted pass each, rather than
    // kept row by row (a million cases: seconds instead of half a minute).
    std::vector<std::string> orders;
    {
      const std::string order_indexes = "LIKE 'care\\_case\\_order\\_by\\_%' ESCAPE '\\'";
      sql::Statement query(*db_, on_server() ? "SELECT indexname FROM pg_indexes WHERE indexname " + order_indexes
                                             : "SELECT name FROM sqlite_master WHERE type = 'index' AND name " + order_indexes);
      while (query.executeStep()) {
        orders.push_back(query.getColumn(0).getString());
      }
    }
    for (const auto& name : orders) {
      db_->exec("DROP INDEX " + name);
    }
    // In batches by case number, so a million cases are never held at once.
    static const std::string batch = std::string(case_subjects) + " WHERE c.id > ? ORDER BY c.id LIMIT 10000";
    for (CaseId after = 0; (after = index_for_list(batch.c_str(), after)) != 0;) {
    }
    db_->exec(std::string(list_order_indexes_sql()));
  });
}

namespace {

// A search as the index reads it: each word typed must be found (in the name, the title or the
// personnummer), in any order. A word of digits (with '-' or '+', as personnummer are written) is looked
// for among the personnummer's digits. Words of three characters or more go through the trigram index
// (one FTS5 query); shorter ones are compared with LIKE, which the index cannot serve. The server's
// trigram index (pg_trgm) serves LIKE itself: there every word is a LIKE.
struct SearchTerms {
  std::string match;              // an FTS5 query, or empty
  std::vector<std::string> like;  // LIKE patterns for the short words
};

std::string like_pattern(std::string_view term)
{
  std::string pattern = "%";
  for (const char c : term) {
    pattern += c == '%' || c == '_' || c == '\\' ? std::string("\\") + c : std::string(1, c);
  }
  return pattern + "%";
}

SearchTerms search_terms(std::string_view search, sql::Dialect dialect)
{
  SearchTerms terms;
  std::istringstream words{std::string(search)};
  for (std::string word; words >> word;) {
    const bool number = word.find_first_not_of("0123456789-+") == std::string::npos && word.find_first_of("0123456789") != std::string::npos;
    std::string term;
    for (const char c : number ? word : sdk::fold_for_search(word)) {
      if (!number || (c >= '0' && c <= '9')) {
        term += c;
      }
    }
    // Characters, not bytes: "åk" is two, which a trigram cannot hold.
    const auto characters = std::count_if(term.begin(), term.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; });
    if (characters < 3 || dialect == sql::Dialect::postgresql) {
      terms.like.push_back(like_pattern(term));
      continue;
    }
    std::string quoted = "\"";
    for (const char c : term) {
      quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    terms.match += (terms.match.empty() ? "" : " AND ") + quoted + "\"";
  }
  return terms;
}

}  // namespace

namespace {

// The cases a filter keeps, as one statement over care_case c and case_subject p: `select` and `order`
// around the filter's WHERE, its parameters bound, each row handed to `each`.
// The filter as SQL over care_case c: only the filters in use, so the planner sees what narrows the list.
// For a window (`walk_order`), status, process, municipality and due are written so no index serves them
// (unary +): the order's index holds those columns, and walking it beats sorting every row that matches.
class FilteredCases {
public:
  // `scope`: the user's municipalities as list_scope_sql writes them, or "".
  FilteredCases(const CaseFilter& filter, Timestamp at, bool walk_order, sql::Dialect dialect, const std::string& scope)
  {
    // (The server's planner needs no such hint, and has no unary + for text.)
    const std::string plain = walk_order && dialect == sql::Dialect::sqlite ? "+" : "";
    if (filter.status) {
      add(plain + "c.status = ?", std::string(to_string(*filter.status)));
    }
    if (!filter.process.empty()) {
      add(plain + "c.process = ?", filter.process);
    }
    if (!filter.municipality.empty()) {
      add(plain + "c.municipality_key = ?", sdk::swedish_sort_key(filter.municipality));
    }
    if (filter.due == DueFilter::overdue) {
      add(plain + "c.next_due_at < ?", to_iso_utc(at));
    } else if (filter.due == DueFilter::due_today) {
      add(plain + "c.next_due_at >= ?", to_iso_utc(at));
      add(plain + "c.next_due_at <= ?", to_iso_utc(end_of_local_day(at)));
    }
    // The cases a search can find come from the index alone (and the case number, when the search is
    // one), so a million cases are never read to find a few.
    if (const auto terms = search_terms(filter.search, dialect); !terms.match.empty() || !terms.like.empty()) {
      std::string words = terms.match.empty() ? "TRUE" : "case_search MATCH ?";
      for (std::size_t n = 0; n < terms.like.size(); ++n) {
        words += " AND words LIKE ? ESCAPE '\\'";
      }
      std::vector<Value> values;
      if (!terms.match.empty()) {
        values.emplace_back(terms.match);
      }
      values.insert(values.end(), terms.like.begin(), terms.like.end());
      std::string found = std::string("c.id IN (SELECT ") + (dialect == sql::Dialect::sqlite ? "rowid" : "case_id") +
                          " FROM case_search WHERE " + words;
      if (filter.search.find_first_not_of("0123456789") == std::string::npos && filter.search.size() < 16) {
        found += " UNION ALL SELECT ?";
        values.emplace_back(static_cast<std::int64_t>(std::stoll(filter.search)));  // the case number
      }
      where_ += (where_.empty() ? "WHERE " : " AND ") + found + ")";
      values_.insert(values_.end(), values.begin(), values.end());
    }
    if (!scope.empty()) {
      where_ += (where_.empty() ? "WHERE TRUE" : "") + scope;
    }
  }

  [[nodiscard]] const std::string& where() const { return where_; }
  void bind(sql::Statement& query) const
  {
    int index = 0;
    for (const auto& value : values_) {
      ++index;
      std::visit([&](const auto& v) { query.bind(index, v); }, value);
    }
  }

private:
  using Value = std::variant<std::string, std::int64_t>;
  void add(const std::string& condition, Value value)
  {
    where_ += (where_.empty() ? "WHERE " : " AND ") + condition;
    values_.push_back(std::move(value));
  }

  std::string where_;
  std::vector<Value> values_;
};

// Each order's key, as its index (schema 11) is written, so the planner walks that index.
std::string order_by(CaseOrder order)
{
  const char* direction = order.ascending ? " ASC" : " DESC";
  const char* key = nullptr;
  switch (order.key) {
    case CaseSortKey::id: return std::string("c.id") + direction;
    case CaseSortKey::identity: key = "c.identity"; break;
    case CaseSortKey::name: key = "c.name_key"; break;
    case CaseSortKey::municipality: key = "c.municipality_key"; break;
    case CaseSortKey::process: key = "c.process"; break;
    case CaseSortKey::progress: key = "(CASE WHEN c.items_total = 0 THEN 1.0 ELSE c.items_settled * 1.0 / c.items_total END)"; break;
    case CaseSortKey::next_due: key = "coalesce(c.next_due_at, '~')"; break;
    case CaseSortKey::status: key = "(c.status = 'closed')"; break;
    case CaseSortKey::title: key = "c.title_key"; break;
  }
  return std::string(key) + direction + ", c.id" + direction;
}

constexpr const char* summary_from = " FROM care_case c JOIN case_subject p ON p.case_id = c.id ";

}  // namespace

std::string Storage::scope_for(const CaseFilter& filter) const
{
  // One whole personnummer typed is asking for that person: found anywhere, opened with a reason.
  const bool one_person = !filter.search.empty() && PersonalIdentity::parse(filter.search, today(), reserve_formats_).identity;
  return one_person ? std::string() : list_scope_sql();
}

std::vector<CaseSummary> Storage::list_cases(const CaseFilter& filter) const
{
  try {
    const FilteredCases cases(filter, clock_(), false, db_->dialect(), scope_for(filter));
    sql::Statement query(*db_, std::string("SELECT ") + summary_columns + summary_from + cases.where() + " ORDER BY c.id DESC");
    cases.bind(query);
    std::vector<CaseSummary> rows;
    while (query.executeStep()) {
      rows.push_back(summary_row(query));
    }
    return rows;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::vector<CaseSummary> Storage::case_window(const CaseFilter& filter, CaseOrder order, std::int64_t first, int count,
                                              std::int64_t total) const
{
  try {
    std::vector<CaseSummary> rows;
    if (first < 0 || count <= 0 || first >= total) {
      return rows;
    }
    // From the nearer end: the last rows of a million are the first of the list read the other way,
    // so no window skips more than half of it.
    const bool from_end = first > total / 2;
    const std::int64_t skip = from_end ? std::max<std::int64_t>(0, total - first - count) : first;
    const std::int64_t take = from_end ? std::min<std::int64_t>(count, total - first) : count;
    const CaseOrder read_in{order.key, from_end ? !order.ascending : order.ascending};
    // The window's case numbers from the order's index alone, then only their rows with their subjects:
    // the rows skipped are never joined.
    const FilteredCases cases(filter, clock_(), true, db_->dialect(), scope_for(filter));
    sql::Statement query(*db_, std::string("SELECT ") + summary_columns + " FROM (SELECT c.id AS window_id FROM care_case c " +
                                   cases.where() + " ORDER BY " + order_by(read_in) + " LIMIT " + std::to_string(take) +
                                   " OFFSET " + std::to_string(skip) + ") w JOIN care_case c ON c.id = w.window_id " +
                                   "JOIN case_subject p ON p.case_id = c.id ORDER BY " + order_by(read_in));
    cases.bind(query);
    while (query.executeStep()) {
      rows.push_back(summary_row(query));
    }
    if (from_end) {
      std::reverse(rows.begin(), rows.end());
    }
    return rows;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::int64_t Storage::count_cases(const CaseFilter& filter) const
{
  try {
    // By status and process alone, the counts kept with every change answer (schema 10); other
    // filters count the rows they keep, through their indexes.
    if (filter.search.empty() && filter.municipality.empty() && filter.due == DueFilter::any && list_scope_sql().empty()) {
      const auto query = prepared("SELECT coalesce(sum(n), 0) FROM case_count WHERE (?1 IS NULL OR status = ?1) AND (?2 = '' OR process = ?2)");
      bind_optional(*query, 1, filter.status ? std::optional<std::string>(to_string(*filter.status)) : std::nullopt);
      query->bind(2, filter.process);
      return query->executeStep() ? query->getColumn(0).getInt64() : 0;
    }
    const FilteredCases cases(filter, clock_(), false, db_->dialect(), scope_for(filter));
    sql::Statement query(*db_, "SELECT count(*) FROM care_case c " + cases.where());
    cases.bind(query);
    return query.executeStep() ? query.getColumn(0).getInt64() : 0;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::optional<CaseSummary> Storage::case_summary(CaseId id) const
{
  try {
    static const std::string query_sql = std::string("SELECT ") + summary_columns + " FROM care_case c JOIN case_subject p ON p.case_id = c.id "
                                                                             "WHERE c.id = ?";
    const auto query_handle = prepared(query_sql.c_str());
    auto& query = *query_handle;
    query.bind(1, id);
    return query.executeStep() ? std::optional<CaseSummary>(summary_row(query)) : std::nullopt;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::int64_t Storage::count_cases() const
{
  sql::Statement count(*db_, "SELECT count(*) FROM care_case");
  return count.executeStep() ? count.getColumn(0).getInt64() : 0;
}

std::vector<std::string> Storage::municipalities() const
{
  std::vector<std::string> result;
  // From one municipality to the next through the index (a seek each), not over every person: a
  // region has a few hundred municipalities and may have a million persons.
  sql::Statement query(*db_, "WITH RECURSIVE next(name) AS ("
                             "  SELECT min(municipality) FROM person WHERE municipality <> '' "
                             "  UNION ALL SELECT (SELECT min(municipality) FROM person WHERE municipality > next.name) FROM next "
                             "  WHERE next.name IS NOT NULL) "
                             "SELECT name FROM next WHERE name IS NOT NULL "
                             "UNION SELECT municipality FROM care_case WHERE municipality <> '' ORDER BY 1");
  while (query.executeStep()) {
    result.push_back(query.getColumn(0).getString());
  }
  return result;
}

}  // namespace trygg
