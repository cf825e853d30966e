// What makes a risk assessment valid on its template's scales: the domain's rule, kept out of storage.
#include "trygg/error.hpp"
#include "trygg/i18n.hpp"
#include "trygg/risk.hpp"

namespace trygg {
namespace {

void check_on_scale(int value, int max, const char* what)
{
  if (value < 1 || value > max) {
    throw Error(ErrorKind::validation, trf("{} ska vara mellan 1 och {}, inte {}", tr(what), max, value));
  }
}

}  // namespace

void check_assessment(const RiskTemplate& scales, const RiskAssessment& risk)
{
  if (scales.area(risk.area) == nullptr) {
    throw Error(ErrorKind::validation, trf("Riskområdet \"{}\" finns inte i mallen {}", risk.area, scales.id));
  }
  if (risk.description.empty()) {
    throw Error(ErrorKind::validation, tr("Beskriv risken"));
  }
  check_on_scale(risk.likelihood, scales.max_likelihood(), "Sannolikhet");
  check_on_scale(risk.consequence, scales.max_consequence(), "Konsekvens");
  if (risk.residual_likelihood.has_value() != risk.residual_consequence.has_value()) {
    throw Error(ErrorKind::validation, tr("Ange både sannolikhet och konsekvens för kvarstående risk, eller ingen av dem"));
  }
  if (risk.residual_likelihood) {
    check_on_scale(*risk.residual_likelihood, scales.max_likelihood(), "Kvarstående sannolikhet");
    check_on_scale(*risk.residual_consequence, scales.max_consequence(), "Kvarstående konsekvens");
  }
}

}  // namespace trygg
