#pragma once

#include "trygg/sdk/case_view.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trygg {

// A record form a process owner declares in XML (schemas/record-form.xsd): the fields of a document
// kept per case, how they group, which are required, and which count toward the case's readiness.
struct RecordForm {
  enum class Type { text, long_text, date, date_time, number, yes_no, choice, person, huvudman, table };
  struct Option {
    std::string value;
    std::string label;
  };
  struct Column {
    std::string key;
    std::string label;
    Type type = Type::text;
  };
  struct Field {
    std::string key;
    Type type = Type::text;
    std::string label;
    std::string help;
    bool required = false;
    std::string required_when;  // a yes-no field's key
    bool readiness = false;
    bool follow_up = false;       // a date: the record falls due then
    std::vector<Option> options;  // choice
    std::vector<Column> columns;  // table
  };
  struct Section {
    std::string title;
    std::vector<Field> fields;
  };

  std::string id;
  int version = 0;
  std::string title;
  std::string process;
  std::string record;  // the record kind it is stored as
  std::string guidance;
  std::vector<Section> sections;
  std::filesystem::path source;

  [[nodiscard]] const Field* field(const std::string& key) const;
  // The date field marked follow-up="true", or null.
  [[nodiscard]] const Field* follow_up_field() const;
};

// When a filled-in form asks for attention again: the start of its follow-up field's Swedish day, if set.
[[nodiscard]] std::optional<std::chrono::sys_seconds> form_follow_up(const RecordForm& form, const std::string& json);

[[nodiscard]] std::string_view to_string(RecordForm::Type type);

// Reads and checks a form; throws ContentError naming file, line and element (a required-when that
// names no yes-no field of the form, a choice without options, a table without columns).
[[nodiscard]] RecordForm read_record_form(const std::filesystem::path& file);

// What a filled-in form (a JSON object of field key -> value) still lacks: the label of each required
// field that is empty, and of each field required by a yes-no field that is yes. With
// `readiness_only`, only the fields that count toward readiness.
[[nodiscard]] std::vector<std::string> missing_fields(const RecordForm& form, const std::string& json, bool readiness_only = false);

// What is wrong with values to be saved in the form, field by field ("Uppföljning: \"i morgon\" är inget
// datum"): unknown fields, values of the wrong type or outside the choices, and required fields left
// empty (a required field must be filled in before the form can be saved; one that only counts toward
// readiness need not be).
[[nodiscard]] std::vector<std::string> form_problems(const RecordForm& form, const std::string& json);

// A field of a stored form in people's words, from its JSON pointer: "/contacts/1/phone" ->
// "Vem ringer jag? 2: telefon". Empty when the pointer is not a field of the form.
[[nodiscard]] std::string form_field_label(const RecordForm& form, const std::string& pointer);

// The form filled in, as a self-contained HTML section for printing (escaped).
[[nodiscard]] std::string form_html(const RecordForm& form, const std::string& json);

}  // namespace trygg
