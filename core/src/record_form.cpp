#include "trygg/record_form.hpp"

#include "trygg/content_translation.hpp"

#include "trygg/i18n.hpp"
#include "trygg/sdk/markup.hpp"
#include "trygg/time.hpp"
#include "xml_file.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace trygg {
namespace {

constexpr std::array<std::pair<RecordForm::Type, std::string_view>, 10> type_names{{
    {RecordForm::Type::text, "text"},
    {RecordForm::Type::long_text, "long-text"},
    {RecordForm::Type::date, "date"},
    {RecordForm::Type::date_time, "date-time"},
    {RecordForm::Type::number, "number"},
    {RecordForm::Type::yes_no, "yes-no"},
    {RecordForm::Type::choice, "choice"},
    {RecordForm::Type::person, "person"},
    {RecordForm::Type::huvudman, "huvudman"},
    {RecordForm::Type::table, "table"},
}};

RecordForm::Type type_from(std::string_view name)
{
  for (const auto& [type, known] : type_names) {
    if (known == name) {
      return type;
    }
  }
  return RecordForm::Type::text;
}

// Whether a stored value counts as filled in.
bool filled(const nlohmann::json* value)
{
  if (value == nullptr || value->is_null()) {
    return false;
  }
  if (value->is_string()) {
    return value->get<std::string>().find_first_not_of(" \t\n") != std::string::npos;
  }
  if (value->is_array() || value->is_object()) {
    return !value->empty();
  }
  return true;
}

nlohmann::json parse_object(const std::string& json)
{
  auto document = nlohmann::json::parse(json, nullptr, false);
  return document.is_object() ? document : nlohmann::json::object();
}

const nlohmann::json* value_of(const nlohmann::json& document, const std::string& key)
{
  const auto found = document.find(key);
  return found == document.end() ? nullptr : &*found;
}

std::string text_of(const nlohmann::json& value, const RecordForm::Field& field)
{
  if (value.is_string()) {
    for (const auto& option : field.options) {
      if (option.value == value.get<std::string>()) {
        return option.label;
      }
    }
    return value.get<std::string>();
  }
  if (value.is_boolean()) {
    return value.get<bool>() ? tr("Ja") : tr("Nej");
  }
  return value.is_null() ? std::string() : value.dump();
}

}  // namespace

std::string_view to_string(RecordForm::Type type)
{
  for (const auto& [candidate, name] : type_names) {
    if (candidate == type) {
      return name;
    }
  }
  return "?";
}

const RecordForm::Field* RecordForm::field(const std::string& key) const
{
  for (const auto& section : sections) {
    for (const auto& candidate : section.fields) {
      if (candidate.key == key) {
        return &candidate;
      }
    }
  }
  return nullptr;
}

RecordForm read_record_form(const std::filesystem::path& file)
{
  const auto xml = XmlFile::load(file, "record-form", "record-form.xsd");
  ProblemList problems(xml);
  const auto root = xml.root();
  RecordForm form;
  form.source = file;
  form.id = root.attribute("id").value();
  form.version = root.attribute("version").as_int();
  form.title = root.attribute("title").value();
  form.process = root.attribute("process").value();
  form.record = root.attribute("record").value();
  form.guidance = root.child_value("guidance");
  for (const auto section : root.children("section")) {
    RecordForm::Section read{section.attribute("title").value(), {}};
    for (const auto node : section.children("field")) {
      RecordForm::Field field;
      field.key = node.attribute("key").value();
      field.type = type_from(node.attribute("type").value());
      field.label = node.attribute("label").value();
      field.help = node.child_value("help");
      field.required = node.attribute("required").as_bool();
      field.required_when = node.attribute("required-when").value();
      field.readiness = node.attribute("readiness").as_bool();
      field.follow_up = node.attribute("follow-up").as_bool();
      if (field.follow_up && field.type != RecordForm::Type::date) {
        problems.add(node, tr("follow-up=\"true\" gäller ett datumfält"));
      }
      for (const auto option : node.children("option")) {
        field.options.push_back({option.attribute("value").value(), option.attribute("label").value()});
      }
      for (const auto column : node.children("column")) {
        field.columns.push_back({column.attribute("key").value(), column.attribute("label").value(),
                                 type_from(column.attribute("type").as_string("text"))});
      }
      if (field.type == RecordForm::Type::choice && field.options.empty()) {
        problems.add(node, tr("ett val behöver minst ett <option>"));
      }
      if (field.type == RecordForm::Type::table && field.columns.empty()) {
        problems.add(node, tr("en tabell behöver minst en <column>"));
      }
      read.fields.push_back(std::move(field));
    }
    form.sections.push_back(std::move(read));
  }
  // required-when must name a yes-no field of the same form.
  for (const auto section : root.children("section")) {
    for (const auto node : section.children("field")) {
      const std::string when = node.attribute("required-when").value();
      const auto* condition = when.empty() ? nullptr : form.field(when);
      if (!when.empty() && (condition == nullptr || condition->type != RecordForm::Type::yes_no)) {
        problems.add(node, trf("required-when=\"{}\" ska vara ett ja/nej-fält i formuläret", when));
      }
    }
  }
  problems.throw_if_any();
  translate(form);  // what people read, in their language
  return form;
}

const RecordForm::Field* RecordForm::follow_up_field() const
{
  for (const auto& section : sections) {
    for (const auto& candidate : section.fields) {
      if (candidate.follow_up) {
        return &candidate;
      }
    }
  }
  return nullptr;
}

std::optional<std::chrono::sys_seconds> form_follow_up(const RecordForm& form, const std::string& json)
{
  const auto* field = form.follow_up_field();
  if (field == nullptr) {
    return std::nullopt;
  }
  const auto document = parse_object(json);
  const auto* value = value_of(document, field->key);
  if (value == nullptr || !value->is_string()) {
    return std::nullopt;
  }
  const auto date = from_iso_date(value->get<std::string>());
  return date ? std::optional(local_instant(*date, 0)) : std::nullopt;
}

std::vector<std::string> missing_fields(const RecordForm& form, const std::string& json, bool readiness_only)
{
  const auto document = parse_object(json);
  std::vector<std::string> missing;
  for (const auto& section : form.sections) {
    for (const auto& field : section.fields) {
      if (readiness_only && !field.readiness) {
        continue;
      }
      bool required = field.required || (readiness_only && field.readiness);
      if (!field.required_when.empty()) {
        const auto* condition = value_of(document, field.required_when);
        required = required || (condition != nullptr && condition->is_boolean() && condition->get<bool>());
      }
      if (required && !filled(value_of(document, field.key))) {
        missing.push_back(field.label);
      }
    }
  }
  return missing;
}

std::vector<std::string> form_problems(const RecordForm& form, const std::string& json)
{
  std::vector<std::string> problems;
  const auto document = nlohmann::json::parse(json, nullptr, false);
  if (!document.is_object()) {
    return {tr("formulärets värden ska vara ett JSON-objekt")};
  }
  const auto typed = [&](const std::string& label, RecordForm::Type type, const nlohmann::json& value,
                         const std::vector<RecordForm::Option>& options) {
    if (value.is_null() || (value.is_string() && value.get<std::string>().empty())) {
      return;
    }
    switch (type) {
      case RecordForm::Type::yes_no:
        if (!value.is_boolean()) {
          problems.push_back(trf("{}: ska vara ja eller nej", label));
        }
        return;
      case RecordForm::Type::number:
        if (!value.is_number()) {
          problems.push_back(trf("{}: ska vara ett tal", label));
        }
        return;
      case RecordForm::Type::date:
      case RecordForm::Type::date_time:
        if (!value.is_string() || !parse_user_time(value.get<std::string>())) {
          problems.push_back(trf("{}: \"{}\" är inget datum; skriv t.ex. 2026-12-10", label, value.is_string() ? value.get<std::string>() : value.dump()));
        }
        return;
      case RecordForm::Type::choice: {
        const bool known = value.is_string() && std::any_of(options.begin(), options.end(), [&](const auto& option) {
                             return option.value == value.get<std::string>();
                           });
        if (!known) {
          problems.push_back(trf("{}: \"{}\" är inget av valen", label, value.is_string() ? value.get<std::string>() : value.dump()));
        }
        return;
      }
      case RecordForm::Type::table:
        return;  // checked row by row below
      default:
        if (!value.is_string()) {
          problems.push_back(trf("{}: ska vara text", label));
        }
    }
  };
  for (const auto& [key, value] : document.items()) {
    const auto* field = form.field(key);
    if (field == nullptr) {
      problems.push_back(trf("fältet \"{}\" finns inte i formuläret {}", key, form.id));
      continue;
    }
    if (field->type != RecordForm::Type::table) {
      typed(field->label, field->type, value, field->options);
      continue;
    }
    if (!value.is_array()) {
      problems.push_back(trf("{}: ska vara en tabell (lista av rader)", field->label));
      continue;
    }
    for (std::size_t row = 0; row < value.size(); ++row) {
      if (!value[row].is_object()) {
        problems.push_back(trf("{} {}: ska vara en rad med kolumner", field->label, row + 1));
        continue;
      }
      for (const auto& [column_key, cell] : value[row].items()) {
        const auto column = std::find_if(field->columns.begin(), field->columns.end(), [&](const auto& c) { return c.key == column_key; });
        const std::string label = field->label + " " + std::to_string(row + 1) + ": " + (column != field->columns.end() ? column->label : column_key);
        if (column == field->columns.end()) {
          problems.push_back(trf("{}: kolumnen finns inte", label));
        } else {
          typed(label, column->type, cell, {});
        }
      }
    }
  }
  for (const auto& label : missing_fields(form, json)) {
    problems.push_back(trf("{}: ska fyllas i", label));
  }
  return problems;
}

std::string form_field_label(const RecordForm& form, const std::string& pointer)
{
  // "/key", or "/key/row/column" for a table.
  const auto second = pointer.find('/', 1);
  const auto* field = form.field(pointer.substr(1, second == std::string::npos ? std::string::npos : second - 1));
  if (field == nullptr) {
    return {};
  }
  if (second == std::string::npos) {
    return field->label;
  }
  const auto third = pointer.find('/', second + 1);
  const std::string row = pointer.substr(second + 1, third == std::string::npos ? std::string::npos : third - second - 1);
  std::string label = field->label;
  if (!row.empty() && row.find_first_not_of("0123456789") == std::string::npos) {
    label += " " + std::to_string(std::stoi(row) + 1);  // people count rows from 1
  }
  if (third != std::string::npos) {
    const std::string key = pointer.substr(third + 1);
    for (const auto& column : field->columns) {
      if (column.key == key) {
        label += ": " + column.label;
      }
    }
  }
  return label;
}

std::string form_html(const RecordForm& form, const std::string& json)
{
  const auto e = [](std::string_view text) { return sdk::escape_markup(text); };
  const auto document = parse_object(json);
  std::string html = fmt::format("<h2>{}</h2>", e(form.title));
  for (const auto& section : form.sections) {
    html += fmt::format("<h3>{}</h3><table border=1 cellspacing=0 cellpadding=4 width=\"100%\">", e(section.title));
    for (const auto& field : section.fields) {
      const auto* value = value_of(document, field.key);
      html += fmt::format("<tr><th align=left valign=top bgcolor=\"#f2f5f8\" width=\"32%\">{}</th><td>", e(field.label));
      if (field.type == RecordForm::Type::table && value != nullptr && value->is_array() && !value->empty()) {
        html += "<table border=1 cellspacing=0 cellpadding=3 width=\"100%\"><tr>";
        for (const auto& column : field.columns) {
          html += fmt::format("<th align=left>{}</th>", e(column.label));
        }
        html += "</tr>";
        for (const auto& row : *value) {
          html += "<tr>";
          for (const auto& column : field.columns) {
            const auto cell = row.is_object() ? row.find(column.key) : row.end();
            html += fmt::format("<td>{}</td>", e(row.is_object() && cell != row.end() && cell->is_string() ? cell->get<std::string>() : ""));
          }
          html += "</tr>";
        }
        html += "</table>";
      } else if (filled(value)) {
        std::string text = text_of(*value, field);
        std::string with_breaks;
        for (const char c : e(text)) {
          with_breaks += c == '\n' ? std::string("<br>") : std::string(1, c);
        }
        html += with_breaks;
      } else {
        html += "–";
      }
      html += "</td></tr>";
    }
    html += "</table>";
  }
  return html;
}

}  // namespace trygg
