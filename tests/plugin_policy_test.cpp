#include "test_support.hpp"

#include "trygg/content_error.hpp"
#include "trygg/plugin_host.hpp"
#include "trygg/plugin_policy.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace trygg;

TEST_CASE("PluginPolicy - a third-party plugin loads only once its folder is trusted")
{
  const test::TempFolder folder;
  std::filesystem::copy(test::test_plugin("good"), folder / "good", std::filesystem::copy_options::recursive);
  PluginPolicy policy;
  {
    const PluginHost host({{folder.path(), PluginOrigin::user}}, policy);
    REQUIRE(host.plugins().size() == 1);
    CHECK_FALSE(host.plugins()[0].loaded);
    CHECK(host.plugins()[0].needs_trust);
    CHECK(host.plugins()[0].status() == "untrusted");
    CHECK(host.plugins()[0].reason.find((folder / "good").string()) != std::string::npos);
  }
  policy.trust(folder / "good");
  const PluginHost trusted({{folder.path(), PluginOrigin::user}}, policy);
  CHECK(trusted.plugins()[0].loaded);
}

TEST_CASE("PluginPolicy - a disabled plugin is listed but not loaded")
{
  PluginPolicy policy;
  policy.disabled.insert("se.trygg.test.good");
  const PluginHost host({{test::test_plugin("good"), PluginOrigin::bundled}}, policy);
  REQUIRE(host.plugins().size() == 1);
  CHECK(host.plugins()[0].disabled);
  CHECK(host.plugins()[0].status() == "disabled");
  CHECK(host.find_loaded("se.trygg.test.good") == nullptr);
}

TEST_CASE("PluginPolicy - saved safely, read back, and a damaged file falls back to its backup")
{
  const test::TempFolder folder;
  const auto file = folder / "config/plugins.xml";
  CHECK(PluginPolicy::load(file).disabled.empty());  // no file yet: nothing turned off

  PluginPolicy first;
  first.disabled.insert("se.a");
  first.save(file);
  PluginPolicy second = PluginPolicy::load(file);
  CHECK(second.disabled == std::set<std::string>{"se.a"});
  second.disabled.insert("se.b & <c>");
  second.trust(folder / "x");
  second.save(file);  // the first version is now plugins.xml.bak
  const auto reread = PluginPolicy::load(file);
  CHECK(reread.disabled.count("se.b & <c>") == 1);
  CHECK(reread.trusts(folder / "x"));
  CHECK_FALSE(std::filesystem::exists(file.string() + ".tmp"));

  std::ofstream(file, std::ios::trunc) << "<plugin-policy version=\"1\"><disabled id=";  // torn write
  const auto recovered = PluginPolicy::load(file);
  CHECK(recovered.disabled == std::set<std::string>{"se.a"});

  std::ofstream(file, std::ios::trunc) << "<?xml version=\"1.0\"?>\n<plugin-policy version=\"7\"/>";
  CHECK_THROWS_WITH_AS(PluginPolicy::load(file), doctest::Contains("nyare version"), ContentError);
}
