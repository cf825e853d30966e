// The shared server beside the embedded file, side by side in one run (issue 15):
//   1. a tick committed (and its repaint) through PostgreSQL and through SQLite;
//   2. a list of N cases read from each (count, first window in name order, a search);
//   3. K clients (processes) ticking items of the same ten cases for S seconds: throughput, conflicts
//      refused, and the changes lost (must be 0: every tick a client was told was saved is in the history).
//   trygg-bench-server ADMIN_ADDRESS [cases=100000] [seconds=60] [clients=8]
// ADMIN_ADDRESS is a server's maintenance database as its owner, e.g. from scripts/test-server.sh:
//   postgresql://trygg_admin@/postgres?host=/tmp/trygg-server   (the bench makes and drops its own databases)
// or: cmake --build BUILD --target bench-server (starts and stops a throwaway server).
#include "bench_clock.hpp"
#include "case_fixture.hpp"

#include "trygg/database_copy.hpp"
#include "trygg/demo_data.hpp"
#include "trygg/storage.hpp"
#include "trygg/workspace.hpp"

#include <pqxx/pqxx>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace trygg;

// The address of another database on the same server.
std::string on_database(const std::string& admin, const std::string& name)
{
  const auto scheme = admin.find("://") + 3;
  const auto slash = admin.find('/', scheme);
  const auto query = admin.find('?', slash);
  return admin.substr(0, slash + 1) + name + (query == std::string::npos ? "" : admin.substr(query));
}

std::string fresh_database(const std::string& admin, const std::string& name)
{
  pqxx::connection connection(admin);
  pqxx::nontransaction work(connection);
  work.exec("DROP DATABASE IF EXISTS " + name);
  work.exec("CREATE DATABASE " + name);
  return on_database(admin, name);
}

// Items a plain tick settles without recording an event, in the first `cases` cases.
std::vector<std::pair<CaseId, std::int64_t>> plain_items(const Workspace& workspace, int cases)
{
  std::vector<std::pair<CaseId, std::int64_t>> items;
  for (CaseId id = 1; id <= cases; ++id) {
    const auto care_case = workspace.storage().find_case(id);
    if (!care_case || care_case->status != CaseStatus::open) {
      continue;
    }
    for (const auto& list : workspace.storage().checklists(id)) {
      for (const auto& item : list.items) {
        if (item.settled_by_event.empty()) {
          items.emplace_back(id, item.id);
        }
      }
    }
  }
  return items;
}

double tick_ms(const std::filesystem::path& database, int repeats)
{
  Workspace workspace(database, PluginHost::default_search_paths(), "bench");
  seed_demo_data(workspace);
  const auto items = plain_items(workspace, 1);
  const auto [id, item] = items.front();
  (void)workspace.view(id);
  const auto started = std::chrono::steady_clock::now();
  for (int n = 0; n < repeats; ++n) {
    workspace.change_item(item, {.state = n % 2 == 0 ? ItemState::done : ItemState::not_started});
    (void)workspace.view(id);  // the repaint on the change notice
  }
  return 1000 * bench::seconds_since(started) / repeats;
}

struct ListTimes {
  double count = 0;
  double window = 0;
  double search = 0;
};

ListTimes list_times(const std::filesystem::path& database)
{
  const Storage storage(database);
  ListTimes times;
  auto started = std::chrono::steady_clock::now();
  const auto total = storage.count_cases({});
  times.count = 1000 * bench::seconds_since(started);
  started = std::chrono::steady_clock::now();
  (void)storage.case_window({}, {CaseSortKey::name, true}, 0, 100, total);
  (void)storage.case_window({}, {CaseSortKey::name, true}, total / 2, 100, total);
  times.window = 1000 * bench::seconds_since(started) / 2;
  started = std::chrono::steady_clock::now();
  (void)storage.case_window({.search = "anders"}, {CaseSortKey::id, false}, 0, 100, storage.count_cases({.search = "anders"}));
  times.search = 1000 * bench::seconds_since(started);
  return times;
}

struct ClientTally {
  long saved = 0;
  long refused = 0;
};

// One client: looks at a case, ticks one of its items (or is refused: someone changed it since), again
// and again until the time is up.
ClientTally client(const std::string& database, int number, double seconds)
{
  Workspace workspace(database, PluginHost::default_search_paths(), "bench");
  const auto items = plain_items(workspace, 10);
  std::mt19937 random(static_cast<unsigned>(number) * 7919U + 1U);
  ClientTally tally;
  const auto started = std::chrono::steady_clock::now();
  while (bench::seconds_since(started) < seconds) {
    const auto [id, item] = items[random() % items.size()];
    // What the screen shows, and the item turned the other way: every tick saved is a change.
    const auto view = workspace.view(id);
    ItemState seen = ItemState::not_started;
    for (const auto& list : view->checklists) {
      for (const auto& each : list.items) {
        seen = each.id == item ? each.state : seen;
      }
    }
    try {
      workspace.change_item(item, {.state = seen == ItemState::done ? ItemState::in_progress : ItemState::done});
      ++tally.saved;
    } catch (const CaseChanged&) {
      ++tally.refused;
    }
  }
  return tally;
}

}  // namespace

int main(int argc, char** argv)
{
  if (argc < 2) {
    std::fprintf(stderr, "usage: trygg-bench-server ADMIN_ADDRESS [cases=100000] [seconds=60] [clients=8]\n");
    return 2;
  }
  const std::string admin = argv[1];
  const long cases = argc > 2 ? std::atol(argv[2]) : 100000;
  const double seconds = argc > 3 ? std::atof(argv[3]) : 60;
  const int clients = argc > 4 ? std::atoi(argv[4]) : 8;
  const auto folder = std::filesystem::temp_directory_path() / ("trygg-bench-server-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);

  // 1. A tick, through each.
  const double file_tick = tick_ms(folder / "tick.db", 50);
  const double server_tick = tick_ms(fresh_database(admin, "trygg_bench_tick"), 50);
  std::printf("tick + repaint   file %.2f ms   server %.2f ms   (%.1fx)\n", file_tick, server_tick, server_tick / file_tick);

  // 2. N cases listed from each (the file made by the fixture, then copied to the server whole).
  bench::make_case_fixture(folder / "list.db", cases);
  const auto list_server = fresh_database(admin, "trygg_bench_list");
  auto started = std::chrono::steady_clock::now();
  (void)copy_database((folder / "list.db").string(), list_server);
  const double copy_s = bench::seconds_since(started);
  const auto file_list = list_times(folder / "list.db");
  const auto server_list = list_times(list_server);
  std::printf("%ld cases        file: count %.1f ms, window %.1f ms, search %.1f ms   server: count %.1f ms, window %.1f ms, "
              "search %.1f ms   (db copy to the server %.1f s)\n",
              cases, file_list.count, file_list.window, file_list.search, server_list.count, server_list.window, server_list.search,
              copy_s);

  // 3. Clients writing at once, each a process of its own.
  const auto shared = fresh_database(admin, "trygg_bench_clients");
  {
    Workspace workspace(shared, PluginHost::default_search_paths(), "bench");
    seed_demo_data(workspace);
  }
  const auto history_lines = [&](const std::string& where) {
    pqxx::connection connection(shared);
    return pqxx::nontransaction(connection).exec1("SELECT count(*) FROM history " + where)[0].as<std::int64_t>();
  };
  const auto last_line_before = [&] {
    pqxx::connection connection(shared);
    return pqxx::nontransaction(connection).exec1("SELECT coalesce(max(id), 0) FROM history")[0].as<std::int64_t>();
  }();
  std::vector<std::pair<pid_t, std::filesystem::path>> children;
  for (int number = 0; number < clients; ++number) {
    const auto tally_file = folder / ("client-" + std::to_string(number));
    const pid_t child = ::fork();
    if (child == 0) {
      int code = 0;
      try {
        const auto tally = client(shared, number, seconds);
        FILE* out = std::fopen(tally_file.c_str(), "w");
        std::fprintf(out, "%ld %ld\n", tally.saved, tally.refused);
        std::fclose(out);
      } catch (const std::exception& error) {
        std::fprintf(stderr, "client %d: %s\n", number, error.what());
        code = 1;
      }
      std::_Exit(code);
    }
    children.emplace_back(child, tally_file);
  }
  ClientTally total;
  for (const auto& [child, tally_file] : children) {
    int status = 0;
    ::waitpid(child, &status, 0);
    long saved = 0;
    long refused = 0;
    if (FILE* in = std::fopen(tally_file.c_str(), "r")) {
      if (std::fscanf(in, "%ld %ld", &saved, &refused) != 2) {
        saved = refused = 0;
      }
      std::fclose(in);
    }
    total.saved += saved;
    total.refused += refused;
  }
  // Every tick saved changed an item's state: one history line each. A saved tick without its line is lost.
  const auto lines = history_lines("WHERE id > " + std::to_string(last_line_before) + " AND entity = 'checklist-item'");
  const Storage storage(shared);
  std::printf("%d clients, %.0f s: %ld ticks saved (%.0f/s), %ld refused as conflicts (%.1f%%), %lld history lines, "
              "%lld lost, chain %s\n",
              clients, seconds, total.saved, static_cast<double>(total.saved) / seconds, total.refused,
              100.0 * static_cast<double>(total.refused) / static_cast<double>(std::max(1L, total.saved + total.refused)),
              static_cast<long long>(lines), static_cast<long long>(total.saved - lines),
              storage.verify_history().empty() ? "whole" : "BROKEN");
  std::filesystem::remove_all(folder);
  return 0;
}
