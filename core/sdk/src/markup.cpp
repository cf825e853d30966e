#include "trygg/sdk/markup.hpp"

#include "trygg/sdk/text.hpp"

namespace trygg::sdk {

std::string personal_data_notice_html()
{
  return "<p class=personal-data style=\"border:1px solid #a33;color:#822;padding:.3em .6em;margin:.5em 0 1em\">" +
         escape_markup(tr("Innehåller personuppgifter. Hanteras enligt patientdatalagen och dataskyddsförordningen: spara och "
                          "skicka bara dit den som behöver den för vården får läsa den.")) +
         "</p>\n";
}

}  // namespace trygg::sdk
