#pragma once
// A test run that ran no test case fails. ctest runs each case by name (doctest_discover_tests); a name
// CMake cuts (at a ';') or that no longer matches would otherwise "pass" having run nothing, which is
// how twenty cases once went unrun without anyone seeing it. Include in the one file with main, after
// doctest.h with DOCTEST_CONFIG_IMPLEMENT, and return through run_guarded.
#include <doctest/doctest.h>

#include <cstdio>

namespace trygg::test {

inline unsigned& cases_passing_filters()
{
  static unsigned count = 0;
  return count;
}

class EmptyRunGuard final : public doctest::IReporter {
public:
  explicit EmptyRunGuard(const doctest::ContextOptions&) {}
  void report_query(const doctest::QueryData&) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats& stats) override { cases_passing_filters() = stats.numTestCasesPassingFilters; }
  void test_case_start(const doctest::TestCaseData&) override {}
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats&) override {}
  void test_case_exception(const doctest::TestCaseException&) override {}
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData&) override {}
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}
};

// Runs the context; a run (not a listing) in which no test case matched fails with exit code 3.
inline int run_guarded(doctest::Context& context)
{
  const int result = context.run();
  if (context.shouldExit() || result != 0) {
    return result;
  }
  if (cases_passing_filters() == 0) {
    std::fprintf(stderr, "no test case matched the filter: a name with ';' is cut by CMake, or the case was renamed\n");
    return 3;
  }
  return 0;
}

}  // namespace trygg::test

DOCTEST_REGISTER_LISTENER("empty-run-guard", 1, trygg::test::EmptyRunGuard);
