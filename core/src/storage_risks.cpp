// Risk analyses: each with its own copy of the template it was made with; risks and their actions.
#include "trygg/storage.hpp"

#include "sql_values.hpp"
#include "storage_write.hpp"
#include "trygg/content_reader.hpp"
#include "trygg/content_translation.hpp"
#include "trygg/i18n.hpp"

#include <map>
#include <tuple>

namespace trygg {
namespace {

// The seven columns of a risk assessment, in table order, from `first` on: area, description,
// likelihood, consequence, residual likelihood, residual consequence, follow-up.
void bind_assessment(sql::Statement& statement, int first, const RiskAssessment& risk)
{
  statement.bind(first, risk.area);
  statement.bind(first + 1, risk.description);
  statement.bind(first + 2, risk.likelihood);
  statement.bind(first + 3, risk.consequence);
  bind_optional(statement, first + 4, risk.residual_likelihood);
  bind_optional(statement, first + 5, risk.residual_consequence);
  bind_date(statement, first + 6, risk.follow_up);
}

}  // namespace

const RiskTemplate& Storage::stored_risk_template(const std::string& xml) const
{
  // Every analysis keeps its own copy of the template it was made with, but cases share a handful of
  // templates: each is read and validated once per open database, not on every read of a case.
  auto found = parsed_templates_.find(xml);
  if (found == parsed_templates_.end()) {
    auto parsed = parse_risk_template(xml, "risk_analysis");
    translate(parsed);  // shown in the reader's language; the stored copy stays as it was made
    found = parsed_templates_.emplace(xml, std::move(parsed)).first;
  }
  return found->second;
}

std::int64_t Storage::add_risk_analysis(CaseId id, const RiskTemplate& source, const std::string& actor)
{
  return write([&] {
    require_open(id);
    const Timestamp at = clock_();
    const auto analysis_id = insert_risk_analysis(id, source, actor, at);
    touch(id, actor, at, Reach::this_case);
    return analysis_id;
  });
}

std::int64_t Storage::insert_risk_analysis(CaseId id, const RiskTemplate& source, const std::string& actor, Timestamp at)
{
  sql::Statement insert(*db_, "INSERT INTO risk_analysis (case_id, template_id, template_version, template_xml) "
                              "VALUES (?, ?, ?, ?) RETURNING id");
  bind_all(insert, id, source.id, source.version, source.source_xml);
  const std::int64_t analysis_id = insert.inserted_id();
  record(id, "risk-analysis", analysis_id, "started", std::nullopt,
         source.id + " v" + std::to_string(source.version), actor, at);
  return analysis_id;
}

// The case and the scales a risk analysis was made with (its own stored copy of the template).
std::pair<CaseId, RiskTemplate> Storage::analysis_scales(std::int64_t analysis_id) const
{
  sql::Statement analysis(*db_, "SELECT case_id, template_xml FROM risk_analysis WHERE id = ?");
  analysis.bind(1, analysis_id);
  if (!analysis.executeStep()) {
    throw StorageError(trf("Riskanalys {} finns inte", analysis_id));
  }
  return {analysis.getColumn(0).getInt64(), stored_risk_template(analysis.getColumn(1).getString())};
}

void Storage::insert_action(CaseId case_id, std::int64_t risk_id, const RiskAction& action, const std::string& actor,
                            Timestamp at)
{
  if (action.description.empty() || action.owner.empty()) {
    throw StorageError(ErrorKind::validation, tr("En åtgärd behöver både beskrivning och ansvarig"));
  }
  sql::Statement insert(*db_, "INSERT INTO risk_action (risk_id, description, owner, due) VALUES (?, ?, ?, ?) RETURNING id");
  insert.bind(1, risk_id);
  insert.bind(2, action.description);
  insert.bind(3, action.owner);
  bind_date(insert, 4, action.due);
  record(case_id, "risk-action", insert.inserted_id(), "created", std::nullopt,
         action.description + " (" + action.owner + ")", actor, at);
}

std::int64_t Storage::add_risk(std::int64_t analysis_id, const NewRisk& risk, const std::string& actor)
{
  return write([&] { return insert_risk(analysis_id, risk, actor, clock_()); });
}

std::int64_t Storage::insert_risk(std::int64_t analysis_id, const NewRisk& risk, const std::string& actor, Timestamp at)
{
  const auto [case_id, scales] = analysis_scales(analysis_id);
  require_open(case_id);
  check_assessment(scales, risk);
  sql::Statement insert(*db_, "INSERT INTO risk (analysis_id, area, description, likelihood, consequence, "
                              "residual_likelihood, residual_consequence, follow_up, created_by, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  insert.bind(1, analysis_id);
  bind_assessment(insert, 2, risk);
  insert.bind(9, actor);
  insert.bind(10, to_iso_utc(at));
  const std::int64_t risk_id = insert.inserted_id();
  record(case_id, "risk", risk_id, "created", std::nullopt,
         fmt::format("{}: {} (S{} x K{} = {})", risk.area, risk.description, risk.likelihood, risk.consequence, risk.score()), actor,
         at);
  if (risk.residual_likelihood) {
    record(case_id, "risk", risk_id, "residual", std::nullopt,
           fmt::format("S{} x K{}", *risk.residual_likelihood, *risk.residual_consequence), actor, at);
  }
  for (const auto& action : risk.actions) {
    insert_action(case_id, risk_id, action, actor, at);
  }
  touch(case_id, actor, at, Reach::this_case);
  return risk_id;
}

void Storage::update_risk(std::int64_t risk_id, const RiskAssessment& risk, const std::string& actor)
{
  write([&] { change_risk(risk_id, risk, actor, clock_()); });
}

void Storage::change_risk(std::int64_t risk_id, const RiskAssessment& risk, const std::string& actor, Timestamp at)
{
  sql::Statement current(*db_, "SELECT analysis_id, area, description, likelihood, consequence, residual_likelihood, "
                               "residual_consequence, follow_up FROM risk WHERE id = ?");
  current.bind(1, risk_id);
  if (!current.executeStep()) {
    throw StorageError(trf("Risk {} finns inte", risk_id));
  }
  const auto [case_id, scales] = analysis_scales(current.getColumn(0).getInt64());
  require_open(case_id);
  check_assessment(scales, risk);
  const auto score_text = [](int likelihood, int consequence) { return fmt::format("S{} x K{}", likelihood, consequence); };
  const auto residual_text = [&](const sql::Column& l, const sql::Column& c) -> std::optional<std::string> {
    return l.isNull() ? std::nullopt : std::optional(score_text(l.getInt(), c.getInt()));
  };
  const std::optional<std::string> old_residual = residual_text(current.getColumn(5), current.getColumn(6));
  const std::optional<std::string> new_residual =
      risk.residual_likelihood ? std::optional(score_text(*risk.residual_likelihood, *risk.residual_consequence)) : std::nullopt;
  const std::optional<std::string> old_follow_up = optional_text(current.getColumn(7));
  const std::optional<std::string> new_follow_up =
      risk.follow_up ? std::optional(to_iso_date(*risk.follow_up)) : std::nullopt;
  const auto changes = std::vector<std::tuple<const char*, std::optional<std::string>, std::optional<std::string>>>{
      {"area", current.getColumn(1).getString(), risk.area},
      {"description", current.getColumn(2).getString(), risk.description},
      {"score", score_text(current.getColumn(3).getInt(), current.getColumn(4).getInt()),
       score_text(risk.likelihood, risk.consequence)},
      {"residual", old_residual, new_residual},
      {"follow-up", old_follow_up, new_follow_up},
  };
  sql::Statement update(*db_, "UPDATE risk SET area = ?, description = ?, likelihood = ?, consequence = ?, "
                              "residual_likelihood = ?, residual_consequence = ?, follow_up = ? WHERE id = ?");
  bind_assessment(update, 1, risk);
  update.bind(8, risk_id);
  update.exec();
  for (const auto& [field, before, after] : changes) {
    if (before != after) {
      record(case_id, "risk", risk_id, field, before, after, actor, at);
    }
  }
  for (const auto& action : risk.actions) {
    if (action.id == 0) {
      insert_action(case_id, risk_id, action, actor, at);
    }
  }
  touch(case_id, actor, at, Reach::this_case);
}

void Storage::complete_action(std::int64_t action_id, const std::string& actor)
{
  write([&] {
    sql::Statement find(*db_, "SELECT a.description, a.done_at, l.case_id FROM risk_action a JOIN risk r ON r.id = a.risk_id "
                              "JOIN risk_analysis l ON l.id = r.analysis_id WHERE a.id = ?");
    find.bind(1, action_id);
    if (!find.executeStep()) {
      throw StorageError(trf("Åtgärd {} finns inte", action_id));
    }
    if (!find.getColumn(1).isNull()) {
      return;  // already done: nothing changes, nothing to record
    }
    const std::string description = find.getColumn(0).getString();
    const CaseId case_id = find.getColumn(2).getInt64();
    require_open(case_id);
    const Timestamp at = clock_();
    sql::Statement update(*db_, "UPDATE risk_action SET done_at = ? WHERE id = ?");
    update.bind(1, to_iso_utc(at));
    update.bind(2, action_id);
    update.exec();
    record(case_id, "risk-action", action_id, "done", std::nullopt, description, actor, at);
    touch(case_id, actor, at, Reach::this_case);
  });
}

std::vector<RiskAnalysis> Storage::risk_analyses(CaseId id) const
{
  try {
    std::vector<RiskAnalysis> result;
    // Analyses with their risks in one read, then every action of the case's risks in another.
    static constexpr const char* risks_sql = "SELECT a.id AS analysis_id, a.template_xml, r.id, r.area, r.description, r.likelihood, "
                                 "r.consequence, r.residual_likelihood, r.residual_consequence, r.follow_up, r.created_by, "
                                 "r.created_at FROM risk_analysis a LEFT JOIN risk r ON r.analysis_id = a.id "
                                 "WHERE a.case_id = ? ORDER BY a.id, r.id";
    const auto risks_handle = prepared(risks_sql);
    auto& risks = *risks_handle;
    risks.bind(1, id);
    std::map<std::int64_t, Risk*> by_id;
    while (risks.executeStep()) {
      const std::int64_t analysis_id = risks.getColumn("analysis_id").getInt64();
      if (result.empty() || result.back().id != analysis_id) {
        result.push_back({analysis_id, stored_risk_template(risks.getColumn("template_xml").getString()), {}});
      }
      if (risks.getColumn("id").isNull()) {
        continue;
      }
      Risk risk;
      risk.id = risks.getColumn("id").getInt64();
      risk.area = risks.getColumn("area").getString();
      risk.description = risks.getColumn("description").getString();
      risk.likelihood = risks.getColumn("likelihood").getInt();
      risk.consequence = risks.getColumn("consequence").getInt();
      risk.residual_likelihood = optional_int(risks.getColumn("residual_likelihood"));
      risk.residual_consequence = optional_int(risks.getColumn("residual_consequence"));
      risk.follow_up = optional_date(risks.getColumn("follow_up"));
      risk.created_by = risks.getColumn("created_by").getString();
      risk.created_at = timestamp(risks.getColumn("created_at"));
      result.back().risks.push_back(std::move(risk));
    }
    for (auto& analysis : result) {
      for (auto& risk : analysis.risks) {
        by_id[risk.id] = &risk;
      }
    }
    if (by_id.empty()) {
      return result;
    }
    static constexpr const char* actions_sql = "SELECT x.id, x.risk_id, x.description, x.owner, x.due, x.done_at FROM risk_action x "
                                   "JOIN risk r ON r.id = x.risk_id JOIN risk_analysis a ON a.id = r.analysis_id "
                                   "WHERE a.case_id = ? ORDER BY x.id";
    const auto actions_handle = prepared(actions_sql);
    auto& actions = *actions_handle;
    actions.bind(1, id);
    while (actions.executeStep()) {
      if (const auto owner = by_id.find(actions.getColumn("risk_id").getInt64()); owner != by_id.end()) {
        owner->second->actions.push_back({actions.getColumn("id").getInt64(), actions.getColumn("description").getString(),
                                          actions.getColumn("owner").getString(), optional_date(actions.getColumn("due")),
                                          optional_timestamp(actions.getColumn("done_at"))});
      }
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

}  // namespace trygg
