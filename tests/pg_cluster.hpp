#pragma once
// A throwaway PostgreSQL cluster for one test: initdb in a temporary folder, a server on a Unix socket in
// that folder (no TCP port, no system service), stopped and removed when the test ends. Run as root (as CI
// does), the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <pwd.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace trygg::test {

class PgCluster {
public:
  PgCluster()
  {
    static std::atomic<int> counter{0};
    folder_ = std::filesystem::temp_directory_path() / ("trygg-pg-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
    bin_ = find_bin();
    REQUIRE_MESSAGE(!bin_.empty(), "PostgreSQL's server is not installed (initdb not found under /usr/lib/postgresql)");
    if (::getuid() == 0) {
      const passwd* postgres = ::getpwnam("postgres");
      REQUIRE_MESSAGE(postgres != nullptr, "running as root needs the postgres user (Debian's postgresql package makes it)");
      REQUIRE(::chown(folder_.c_str(), postgres->pw_uid, postgres->pw_gid) == 0);
      as_ = "runuser -u postgres -- ";
    }
    run(as_ + bin_ + "/initdb -D " + (folder_ / "data").string() + " -U trygg_admin -A trust --no-sync -E UTF8 --locale=C.UTF-8 >" +
        (folder_ / "initdb.log").string() + " 2>&1");
    run(as_ + bin_ + "/pg_ctl -D " + (folder_ / "data").string() + " -l " + (folder_ / "server.log").string() +
        " -w -o \"-k " + folder_.string() + " -c listen_addresses='' -c fsync=off\" start >/dev/null");
    started_ = true;
  }
  PgCluster(const PgCluster&) = delete;
  PgCluster& operator=(const PgCluster&) = delete;
  ~PgCluster()
  {
    if (started_) {
      (void)std::system((as_ + bin_ + "/pg_ctl -D " + (folder_ / "data").string() + " -m immediate -w stop >/dev/null 2>&1").c_str());
    }
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }

  // A connection setting for a database on this server, as Trygg takes them.
  [[nodiscard]] std::string address(const std::string& database = "postgres") const
  {
    return "postgresql://trygg_admin@/" + database + "?host=" + folder_.string();
  }
  // Runs SQL through psql as the cluster's owner (setting up a test: databases, roles).
  void psql(const std::string& sql, const std::string& database = "postgres") const
  {
    run("psql -q -v ON_ERROR_STOP=1 '" + address(database) + "' -c \"" + sql + "\" >/dev/null");
  }

  // `role` signs in with a password from now on (the others stay trusted), as on a region's server.
  void require_password_for(const std::string& role) const
  {
    const auto hba = folder_ / "data" / "pg_hba.conf";
    std::string rules;
    {
      std::ifstream in(hba);
      rules.assign(std::istreambuf_iterator<char>(in), {});
    }
    std::ofstream(hba) << "local all " << role << " scram-sha-256\n" << rules;
    run(as_ + bin_ + "/pg_ctl -D " + (folder_ / "data").string() + " -w reload >/dev/null");
  }

private:
  static std::string find_bin()
  {
    std::string best;
    std::error_code error;
    for (const auto& version : std::filesystem::directory_iterator("/usr/lib/postgresql", error)) {
      if (std::filesystem::exists(version.path() / "bin" / "initdb") && version.path().string() > best) {
        best = (version.path() / "bin").string();
      }
    }
    return best;
  }
  static void run(const std::string& command)
  {
    INFO(command);
    REQUIRE(std::system(command.c_str()) == 0);
  }

  std::filesystem::path folder_;
  std::string bin_;
  std::string as_;
  bool started_ = false;
};

}  // namespace trygg::test
