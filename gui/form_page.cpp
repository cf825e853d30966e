#include "form_page.hpp"

#include "trygg/gui_sdk/button_row.hpp"

#include "gui_text.hpp"
#include "html_print_preview.hpp"
#include "trygg/gui_sdk/row_table.hpp"
#include "trygg/i18n.hpp"
#include "trygg/sdk/markup.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <nlohmann/json.hpp>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/grid.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <fmt/format.h>

namespace trygg::gui {
namespace {

using Type = RecordForm::Type;

std::string trimmed(const wxString& text)
{
  wxString copy = text;
  return copy.Trim().Trim(false).utf8_string();
}

wxWindow* make_control(wxWindow* parent, const RecordForm::Field& field)
{
  switch (field.type) {
    case Type::long_text:
      return new wxTextCtrl(parent, wxID_ANY, {}, wxDefaultPosition, parent->FromDIP(wxSize(-1, 60)), wxTE_MULTILINE);
    case Type::yes_no:
      return new wxCheckBox(parent, wxID_ANY, {});
    case Type::choice: {
      auto* choice = new wxChoice(parent, wxID_ANY);
      choice->Append(wxString::FromUTF8("–"));
      for (const auto& option : field.options) {
        choice->Append(utf8(option.label));
      }
      choice->SetSelection(0);
      return choice;
    }
    case Type::huvudman: {
      // The two huvudmän of the guideline, or a named one ("Eskilstuna kommun").
      const wxString kinds[] = {tr("Region"), tr("Kommun")};
      return new wxComboBox(parent, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, 2, kinds);
    }
    case Type::date:
    case Type::date_time: {
      auto* text = new wxTextCtrl(parent, wxID_ANY);
      text->SetHint(field.type == Type::date ? tr("ÅÅÅÅ-MM-DD") : tr("ÅÅÅÅ-MM-DD TT:MM"));
      text->SetMaxSize(parent->FromDIP(wxSize(180, -1)));
      return text;
    }
    default:
      return new wxTextCtrl(parent, wxID_ANY);
  }
}

}  // namespace

// wx owns child windows (deleted with their parent), which is why they are made with new here.
FormPage::FormPage(wxWindow* parent, Workspace& workspace, CaseId id, Workspace::Form form, std::function<void()> saved)
    : wxScrolledWindow(parent), workspace_(workspace), id_(id), form_(form), saved_(std::move(saved))
{
  SetScrollRate(0, FromDIP(16));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  add_button(this, *buttons, N_("Spara"), "form-save", [this](wxCommandEvent&) { save(); });
  add_button(this, *buttons, N_("Skriv ut…"), "form-print", [this](wxCommandEvent&) { print(); });
  add_button(this, *buttons, N_("Ångra ändringar"), "form-revert", [this](wxCommandEvent&) { load(); });
  sizer->Add(buttons, 0, wxALL, FromDIP(8));
  if (!form_.form->guidance.empty()) {
    auto* guidance = new wxStaticText(this, wxID_ANY, utf8(form_.form->guidance));
    guidance->SetForegroundColour(wx_colour(sdk::palette::guidance_text));
    guidance->Wrap(FromDIP(900));
    sizer->Add(guidance, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
  }
  for (const auto& section : form_.form->sections) {
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, utf8(section.title));
    box->GetStaticBox()->SetFont(box->GetStaticBox()->GetFont().Bold());
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(1, 1);
    for (const auto& field : section.fields) {
      auto* label_box = new wxBoxSizer(wxVERTICAL);
      const bool must = field.required || !field.required_when.empty();
      label_box->Add(new wxStaticText(this, wxID_ANY, utf8(field.label) + (must ? " *" : "")));
      if (!field.help.empty()) {
        auto* help = new wxStaticText(this, wxID_ANY, utf8(field.help));
        help->SetForegroundColour(wx_colour(sdk::palette::quiet_text));
        help->SetFont(help->GetFont().Smaller());
        help->Wrap(FromDIP(260));
        label_box->Add(help, 0, wxTOP, FromDIP(2));
      }
      grid->Add(label_box, 0, wxALIGN_TOP);
      Input input{&field, nullptr, nullptr};
      if (field.type == Type::table) {
        std::vector<std::pair<const char*, int>> columns;
        for (const auto& column : field.columns) {
          columns.emplace_back(column.label.c_str(), 220);
        }
        input.table = new RowTable(this, columns);
        input.table->grid()->SetName(utf8("form-" + field.key));
        grid->Add(input.table, 1, wxEXPAND);
      } else {
        input.control = make_control(this, field);
        input.control->SetName(utf8("form-" + field.key));
        if (!field.help.empty()) {
          input.control->SetToolTip(utf8(field.help));
        }
        grid->Add(input.control, 1, wxEXPAND);
      }
      inputs_.push_back(input);
    }
    box->Add(grid, 0, wxEXPAND | wxALL, FromDIP(6));
    sizer->Add(box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  }
  SetSizer(sizer);
  load();
}

FormPage::~FormPage() = default;

void FormPage::load()
{
  nlohmann::json stored;
  try {
    stored = nlohmann::json::parse(workspace_.storage().plugin_record(form_.plugin->id, id_, form_.form->record).value_or("{}"));
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), utf8(form_.form->title), wxOK | wxICON_ERROR, this);
    return;
  }
  for (const auto& input : inputs_) {
    const auto& field = *input.field;
    const auto found = stored.find(field.key);
    const nlohmann::json value = found != stored.end() ? *found : nlohmann::json();
    if (input.table != nullptr) {
      std::vector<std::vector<std::string>> rows;
      for (const auto& row : value.is_array() ? value : nlohmann::json::array()) {
        std::vector<std::string> cells;
        for (const auto& column : field.columns) {
          const auto cell = row.is_object() ? row.find(column.key) : row.end();
          cells.push_back(row.is_object() && cell != row.end() && cell->is_string() ? cell->get<std::string>() : std::string());
        }
        rows.push_back(std::move(cells));
      }
      input.table->set_rows(rows);
    } else if (auto* check = dynamic_cast<wxCheckBox*>(input.control)) {
      check->SetValue(value.is_boolean() && value.get<bool>());
    } else if (auto* choice = dynamic_cast<wxChoice*>(input.control)) {
      int selection = 0;
      for (std::size_t i = 0; i < field.options.size(); ++i) {
        if (value.is_string() && field.options[i].value == value.get<std::string>()) {
          selection = static_cast<int>(i) + 1;
        }
      }
      choice->SetSelection(selection);
    } else if (auto* combo = dynamic_cast<wxComboBox*>(input.control)) {
      combo->SetSelection(wxNOT_FOUND);
      combo->ChangeValue(value.is_string() ? utf8(value.get<std::string>()) : wxString());
    } else if (auto* text = dynamic_cast<wxTextCtrl*>(input.control)) {
      text->ChangeValue(value.is_string() ? utf8(value.get<std::string>()) : value.is_null() ? wxString() : utf8(value.dump()));
    }
  }
  try {
    shown_ = values_json();
  } catch (const std::exception&) {
    shown_.clear();  // a stored value the fields cannot show: any reading of them differs
  }
}

bool FormPage::has_unsaved_edits() const
{
  try {
    return values_json() != shown_;
  } catch (const std::exception&) {
    return true;  // a half-typed date is typing too
  }
}

std::string FormPage::values_json() const
{
  nlohmann::json values = nlohmann::json::object();
  for (const auto& input : inputs_) {
    const auto& field = *input.field;
    if (input.table != nullptr) {
      nlohmann::json rows = nlohmann::json::array();
      for (const auto& cells : input.table->rows()) {
        nlohmann::json row = nlohmann::json::object();
        for (std::size_t i = 0; i < cells.size() && i < field.columns.size(); ++i) {
          if (!cells[i].empty()) {
            row[field.columns[i].key] = cells[i];
          }
        }
        if (!row.empty()) {
          rows.push_back(std::move(row));
        }
      }
      if (!rows.empty()) {
        values[field.key] = std::move(rows);
      }
    } else if (auto* check = dynamic_cast<wxCheckBox*>(input.control)) {
      values[field.key] = check->GetValue();
    } else if (auto* choice = dynamic_cast<wxChoice*>(input.control)) {
      if (const int selection = choice->GetSelection(); selection > 0) {
        values[field.key] = field.options[static_cast<std::size_t>(selection - 1)].value;
      }
    } else if (auto* combo = dynamic_cast<wxComboBox*>(input.control)) {
      if (const auto text = trimmed(combo->GetValue()); !text.empty()) {
        values[field.key] = text;
      }
    } else if (auto* text_control = dynamic_cast<wxTextCtrl*>(input.control)) {
      const auto text = trimmed(text_control->GetValue());
      if (text.empty()) {
        continue;
      }
      if (field.type == Type::number) {
        try {
          std::size_t used = 0;
          const double number = std::stod(text, &used);
          if (used != text.size()) {
            throw std::invalid_argument(text);
          }
          values[field.key] = number;
        } catch (const std::exception&) {
          throw std::invalid_argument(trygg::trf("{}: \"{}\" är inget tal", field.label, text));
        }
      } else {
        // Long text keeps its lines; the rest is one line.
        values[field.key] = field.type == Type::long_text ? text_control->GetValue().utf8_string() : text;
      }
    }
  }
  return values.dump();
}

bool FormPage::save()
{
  try {
    workspace_.save_form(id_, form_, values_json());
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), wxString::Format(tr("%s sparades inte"), utf8(form_.form->title)), wxOK | wxICON_ERROR, this);
    return false;
  }
  load();
  saved_();
  return true;
}

void FormPage::print()
{
  try {
    const auto care_case = workspace_.storage().find_case(id_);
    const auto stored = workspace_.storage().plugin_record(form_.plugin->id, id_, form_.form->record).value_or("{}");
    std::string html = "<html><head><meta charset=utf-8></head><body>";
    html += fmt::format("<h1>{}</h1><p><b>{}</b> {}</p>", sdk::escape_markup(form_.form->title),
                        sdk::escape_markup(care_case ? care_case->person.name : ""),
                        sdk::escape_markup(care_case ? trygg::display_identity(care_case->person.identity) : ""));
    html += form_html(*form_.form, stored);
    html += fmt::format("<p><small>{} {}</small></p></body></html>", sdk::escape_markup(trygg::tr("Utskriftsdatum")),
                        sdk::escape_markup(format_local(workspace_.current_time())));
    preview_html(printing_, *this, utf8(form_.form->title), html);
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Utskriften misslyckades"), wxOK | wxICON_ERROR, this);
  }
}

}  // namespace trygg::gui
