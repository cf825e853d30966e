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

TEST_CASE("PluginPolicy - trust is for the plugin's files, not its path: a swapped library or edited file asks again")
{
  const test::TempFolder folder;
  std::filesystem::copy(test::test_plugin("good"), folder / "good", std::filesystem::copy_options::recursive);
  PluginPolicy policy;
  policy.trust(folder / "good");
  const auto host = [&] { return PluginHost({{folder.path(), PluginOrigin::user}}, policy); };
  REQUIRE(host().plugins()[0].loaded);

  SUBCASE("a content file edited after trust")
  {
    std::ofstream(folder / "good/content/checklist.xml", std::ios::app) << "\n<!-- ändrad -->\n";
    const auto changed = host();
    CHECK_FALSE(changed.plugins()[0].loaded);
    CHECK(changed.plugins()[0].needs_trust);
    CHECK(changed.plugins()[0].reason.find("ändrats sedan den godkändes") != std::string::npos);
    policy.trust(folder / "good");  // looked at again, and trusted again
    CHECK(host().plugins()[0].loaded);
  }
  SUBCASE("the library swapped for a symbolic link to another")
  {
    const auto library = folder / "good/libgood.so";
    std::filesystem::rename(library, folder / "elsewhere.so");
    std::filesystem::create_symlink(folder / "elsewhere.so", library);
    policy.trust(folder / "good");  // even trusted as it now is, code behind a link does not run
    const auto linked = host();
    CHECK_FALSE(linked.plugins()[0].loaded);
    CHECK(linked.plugins()[0].reason.find("symbolisk länk") != std::string::npos);
  }
  SUBCASE("a library others may write")
  {
    std::filesystem::permissions(folder / "good/libgood.so", std::filesystem::perms::others_write, std::filesystem::perm_options::add);
    policy.trust(folder / "good");
    const auto writable = host();
    CHECK_FALSE(writable.plugins()[0].loaded);
    CHECK(writable.plugins()[0].reason.find("andra än ägaren") != std::string::npos);
  }
  SUBCASE("a policy from before fingerprints: trusted by path only, asked again")
  {
    PluginPolicy old;
    old.trusted_folders[std::filesystem::weakly_canonical(folder / "good").string()] = "";
    const PluginHost again({{folder.path(), PluginOrigin::user}}, old);
    CHECK_FALSE(again.plugins()[0].loaded);
    CHECK(again.plugins()[0].needs_trust);
  }
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
  CHECK_FALSE(std::filesystem::exists(file.string() + ".partial"));

  std::ofstream(file, std::ios::trunc) << "<plugin-policy version=\"1\"><disabled id=";  // torn write
  const auto recovered = PluginPolicy::load(file);
  CHECK(recovered.disabled == std::set<std::string>{"se.a"});

  std::ofstream(file, std::ios::trunc) << "<?xml version=\"1.0\"?>\n<plugin-policy version=\"7\"/>";
  CHECK_THROWS_WITH_AS(PluginPolicy::load(file), doctest::Contains("nyare version"), ContentError);
}
